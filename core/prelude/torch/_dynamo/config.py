# torch._dynamo.config: the settings the playground honours.
recompile_limit = 8
cache_size_limit = 8
capture_scalar_outputs = False
automatic_dynamic_shapes = True
assume_static_by_default = True
specialize_int = False
verbose = False
# Functions called after the graph instead of graph-breaking (print, warnings.warn, ...).
reorderable_logging_functions = set()
