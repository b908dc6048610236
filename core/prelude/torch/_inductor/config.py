# torch._inductor.config: Inductor's settings that tutorials and the torch.compile docs set
# (torch.compiler_faq.md: fallback_random, triton.cudagraphs). The playground has no Inductor stage,
# so they are accepted and change nothing (docs/compiler-api.md "Backends").
fallback_random = False
freezing = False
max_autotune = False
max_autotune_gemm = False
max_autotune_pointwise = False
coordinate_descent_tuning = False
epilogue_fusion = True
shape_padding = True
force_disable_caches = False
fx_graph_cache = True
autotune_local_cache = True
compile_threads = 1
debug = False
emulate_precision_casts = False


class triton:
    cudagraphs = False
    cudagraph_trees = True
    unique_kernel_names = True


class cpp:
    threads = -1
    simdlen = None


class trace:
    enabled = False


class _ConfigPatch:
    def __init__(self, changes):
        self.changes = changes
        self.prior = None

    def __enter__(self):
        g = globals()
        for key in self.changes:
            if key.startswith("_") or key not in g or key == "patch":
                raise AttributeError("torch._inductor.config." + key + " does not exist")
        self.prior = {key: g[key] for key in self.changes}
        g.update(self.changes)
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
    """ConfigModule.patch: a context manager and decorator (names with dots are not supported)."""
    if isinstance(arg1, str):
        changes = {arg1: arg2}
    elif isinstance(arg1, dict):
        changes = dict(arg1)
    else:
        changes = kwargs
    return _ConfigPatch(changes)
