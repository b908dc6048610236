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


from torch.utils._config_module import make_patch as _make_patch

patch = _make_patch(globals(), "torch._inductor.config")
