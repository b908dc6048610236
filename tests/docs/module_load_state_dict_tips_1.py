# From pytorch/tutorials recipes_source/recipes/module_load_state_dict_tips.py ("Tips for Loading an
# nn.Module from a Checkpoint"), its code pasted as written without the `with torch.device('meta')`
# blocks (the meta device: "not supported by the playground yet", golden eager/89) and without the
# loading-time prints (times); SomeModule(1000) made SomeModule(100); the CUDA processing loop in a
# try (the CPU-only build's AssertionError); then load_state_dict(assign=True) on a CPU module.
# Expected output reviewed against torch/nn/modules/module.py (PyTorch 1.13 has neither mmap= nor
# assign=).
import torch
from torch import nn
import time

class SomeModule(torch.nn.Module):
    def __init__(self, size):
        super().__init__()
        self.linears = nn.ModuleList([nn.Linear(size, size) for i in range(10)])

    def forward(self, x):
        return self.linears(x)


m = SomeModule(100)
torch.save(m.state_dict(), 'checkpoint.pth')

state_dict = torch.load('checkpoint.pth')
m = SomeModule(100)
print(m.load_state_dict(state_dict))

start_time = time.time()
state_dict = torch.load('checkpoint.pth', mmap=True)
end_time = time.time()
print(end_time - start_time >= 0)

def my_special_routine(t, device):
    # this could be a much fancier operation
    return t.to(dtype=torch.bfloat16, device=device)

def my_processing_function(key, device):
    t = state_dict[key]
    processed_t = my_special_routine(t, device)
    del t
    state_dict[key] = processed_t

try:
    for key in state_dict.keys():
        device = torch.device('cuda')
        my_processing_function(key, device)
except AssertionError as e:
    print(f"AssertionError: {e}")

m = SomeModule(100)
new_m = SomeModule(100)
print(m.load_state_dict(state_dict))

print(new_m.load_state_dict(state_dict, assign=True))
# This MUST be done AFTER the load_state_dict with assign.
opt = torch.optim.SGD(new_m.parameters(), lr=1e-3)
print(new_m.linears[0].weight is state_dict['linears.0.weight'], new_m.linears[0].weight.requires_grad,
      all(p.data_ptr() == state_dict[k].data_ptr() for k, p in new_m.named_parameters()))
