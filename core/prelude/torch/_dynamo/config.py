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
# Also accepted with PyTorch 2.9's defaults and not read: the per-call overhead knobs of the
# "Reducing Guard Overhead" page (the playground's compiled results do not depend on them),
# compiled autograd (backward runs eagerly here, with the same gradients) and the DDP optimizer.
install_free_tensors = False
use_recursive_dict_tags_for_guards = False
assume_dunder_attributes_remain_unchanged = True
skip_nnmodule_hook_guards = True
compiled_autograd = False
optimize_ddp = True


from torch.utils._config_module import make_patch as _make_patch

patch = _make_patch(globals(), "torch._dynamo.config", _config_aliases)
