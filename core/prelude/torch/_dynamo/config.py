# torch._dynamo.config: the settings the playground honours.
recompile_limit = 8
cache_size_limit = 8
capture_scalar_outputs = False
verbose = False
