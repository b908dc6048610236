# ConfigModule.patch (torch/utils/_config_module.py) for the playground's config modules
# (torch._dynamo.config, torch._inductor.config): a context manager and decorator that sets settings
# and puts the previous values back on exit. patch(name, value), patch({name: value}) or
# patch(name=value, ...); an unknown name is an AttributeError when patching starts. `aliases` maps a
# setting to another name that is set with it (both are restored).


def make_patch(config_globals, module_name, aliases=None):
    """The `patch` function of the config module whose globals are `config_globals`."""
    aliases = aliases or {}

    class _ConfigPatch:
        def __init__(self, changes):
            self.changes = changes
            self.prior = None

        def __enter__(self):
            g = config_globals
            for key in self.changes:
                if key.startswith("_") or key not in g or key == "patch":
                    raise AttributeError(module_name + "." + key + " does not exist")
            self.prior = {}
            for key, value in self.changes.items():
                for name in (key, aliases.get(key)):
                    if name is not None and name not in self.prior:
                        self.prior[name] = g[name]
                        g[name] = value
            return None

        def __exit__(self, exc_type, exc_val, exc_tb):
            config_globals.update(self.prior)
            self.prior = None
            return False

        def __call__(self, func):
            changes = self.changes

            def _patched(*args, **kwargs):
                with _ConfigPatch(changes):
                    return func(*args, **kwargs)
            _patched.__name__ = getattr(func, "__name__", "_patched")
            _patched.__wrapped__ = func
            return _patched

    def patch(arg1=None, arg2=None, **kwargs):
        """ConfigModule.patch: a context manager and decorator (names with dots are not supported)."""
        if isinstance(arg1, str):
            changes = {arg1: arg2}
        elif isinstance(arg1, dict):
            changes = dict(arg1)
        else:
            changes = kwargs
        return _ConfigPatch(changes)

    return patch
