# torch.fx: the playground's graphs are built in C++ (core/fx); backends receive GraphModule
# objects from there. This module only names the public types.
