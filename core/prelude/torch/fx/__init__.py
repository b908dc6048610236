# torch.fx: the playground's graphs are built in C++ (core/fx); backends receive GraphModule
# objects from there. This module only names the public types.

import torch._C._dynamo as _dynamo_native

GraphModule = _dynamo_native._graph_module_type()


def symbolic_trace(root, concrete_args=None):
    # torch.fx.symbolic_trace: FX's own tracer (Proxy objects flowing through the Python code) is
    # not the playground's subject; Dynamo's graphs (torch.compile) are.
    raise NotImplementedError("not supported by the playground yet: torch.fx.symbolic_trace "
                              "(the playground builds FX graphs with torch.compile)")
