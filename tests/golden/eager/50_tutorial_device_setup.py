# The device set-up lines of the newest PyTorch tutorials (beginner_source/examples_autograd/
# polynomial_autograd.py: torch.accelerator + torch.set_default_device) on a machine without an
# accelerator, as PyTorch 2.x answers there (torch/accelerator/__init__.py: is_available() False,
# current_accelerator() None); PyTorch 1.13 has neither API, so this output is reviewed by hand
# (docs/data-loading.md). Also a CUDA default device (set; the factories then raise the CPU-only
# build's AssertionError, as PyTorch's DeviceContext makes them take it), the clear error for what
# the playground lacks (a meta default device), the tutorial's `m.compile()` (docs/compiler-api.md) and PyTorch's TypeError for
# `a.grad = 0.` (THPVariable_set_grad).
import torch
dtype = torch.float
device = torch.accelerator.current_accelerator().type if torch.accelerator.is_available() else "cpu"
print(f"Using {device} device")
torch.set_default_device(device)
print(torch.get_default_device(), torch.zeros(2).device, torch.accelerator.device_count())
torch.set_default_device("cuda")
try:
    torch.zeros(2)
except AssertionError as e:
    print("AssertionError:", e)
print(torch.ones(1, device="cpu").device)
torch.set_default_device("cpu")
try:
    torch.set_default_device("meta")
except NotImplementedError as e:
    print(e)
m = torch.nn.Linear(2, 2)
m.compile()
print(type(m).__name__, m(torch.ones(1, 2)).shape)
a = torch.ones((), requires_grad=True)
try:
    a.grad = 0.
except TypeError as e:
    print(type(e).__name__, e)
