# torch.fx: the playground's graphs are built in C++ (core/fx); backends receive GraphModule
# objects from there. This module only names the public types.

import torch._C._dynamo as _dynamo_native

GraphModule = _dynamo_native._graph_module_type()
