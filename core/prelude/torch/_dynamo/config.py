# torch._dynamo.config: the settings the playground honours.
recompile_limit = 8
cache_size_limit = 8  # Config(alias="torch._dynamo.config.recompile_limit"): one setting with it
# Aliases, both ways: setting either name sets the other (the runtime's module setattr reads this).
_config_aliases = {"cache_size_limit": "recompile_limit", "recompile_limit": "cache_size_limit"}
capture_scalar_outputs = False
automatic_dynamic_shapes = True
assume_static_by_default = True
specialize_int = False
verbose = False
# Disables graph breaking on rnn (variables/builder.py wrap_module): nn.RNN/GRU/LSTM are then traced.
allow_rnn = False
# Functions called after the graph instead of graph-breaking (print, warnings.warn, ...).
reorderable_logging_functions = set()
# Accepted so that programs setting or patching it run; not honoured (docs/compiler-api.md).
suppress_errors = False


# ConfigModule.patch (torch/utils/_config_module.py): a context manager and decorator that sets
# settings and puts the previous values back on exit. patch(name, value), patch({name: value}) or
# patch(name=value, ...); an unknown name is an AttributeError when patching starts.
class _ConfigPatch:
    def __init__(self, changes):
        self.changes = changes
        self.prior = None

    def __enter__(self):
        g = globals()
        for key in self.changes:
            if key.startswith("_") or key not in g or key == "patch":
                raise AttributeError("torch._dynamo.config." + key + " does not exist")
        self.prior = {}
        for key, value in self.changes.items():
            for name in (key, _config_aliases.get(key)):
                if name is not None and name not in self.prior:
                    self.prior[name] = g[name]
                    g[name] = value
        return None

    def __exit__(self, exc_type, exc_val, exc_tb):
        globals().update(self.prior)
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
    if isinstance(arg1, str):
        changes = {arg1: arg2}
    elif isinstance(arg1, dict):
        changes = dict(arg1)
    else:
        changes = kwargs
    return _ConfigPatch(changes)
