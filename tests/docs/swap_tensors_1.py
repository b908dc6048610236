# From pytorch/tutorials recipes_source/recipes/swap_tensors.py ("Extension points in nn.Module for
# load_state_dict and tensor subclasses"), its first two cells pasted as written (the later ones
# define a __torch_dispatch__ Tensor subclass: the class statement says "not supported by the
# playground yet"), then the __future__ flag around Module.bfloat16() with a plain Linear.
# Adapted: torch.manual_seed(0). Expected output: PyTorch 1.13 with lr=1e-3 passed to SGD (2.x's
# default; 1.13 required it) and the swap done by `t1, t2 = t2, t1` (1.13 has no swap_tensors); the
# flag lines reviewed against torch/__future__.py and nn.Module._apply (parameters keep their
# identity either way for plain tensors).
import torch
import torch.nn as nn
torch.manual_seed(0)
t1 = torch.arange(2)
t2 = torch.arange(3)
print(f"Before swapping, t1: {t1}, t2: {t2}")
torch.utils.swap_tensors(t1, t2)
print(f"After swapping, t1: {t1}, t2: {t2}")

mod = torch.nn.Linear(1, 2, bias=False)
optimizer = torch.optim.SGD(mod.parameters())
print(f"weight in mod: {mod.weight}")
print(f"weight in optimizer: {optimizer.param_groups[0]['params']}")
mod.weight = torch.nn.Parameter(2 * mod.weight)
print(f"weight in mod: {mod.weight}")
print(f"weight in optimizer: {optimizer.param_groups[0]['params']}")

torch.__future__.set_swap_module_params_on_conversion(True)
m = nn.Linear(3, 5, dtype=torch.float32)
print(f"Before: id(m.weight)={id(m.weight) > 0}, id(m.bias)={id(m.bias) > 0}")
w, b = id(m.weight), id(m.bias)
m.bfloat16()
print(id(m.weight) == w, id(m.bias) == b)
print(f"m.weight.dtype: {m.weight.dtype}")
print(f"m.bias.dtype: {m.bias.dtype}")
print(torch.__future__.get_swap_module_params_on_conversion())
torch.__future__.set_swap_module_params_on_conversion(False)
