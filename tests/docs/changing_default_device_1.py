# From pytorch/tutorials recipes_source/recipes/changing_default_device.py ("Changing default
# device"), its code pasted as written, each CUDA block in a try: on a machine without CUDA (a
# CPU-only build, as the playground answers) `with torch.device('cuda')` and
# torch.set_default_device('cuda') succeed, and the first factory they reach (nn.Linear's
# parameters) raises torch.cuda._lazy_init's "Torch not compiled with CUDA enabled"
# (torch/utils/_device.py DeviceContext; the message as PyTorch 1.13 gives it for device='cuda').
# Afterwards: the default device back to None, and zeros_like, not a device constructor, on the
# CPU. Adapted: torch.manual_seed(0).
import torch
torch.manual_seed(0)

USE_CUDA = False

mod = torch.nn.Linear(20, 30)
if USE_CUDA:
    mod.cuda()

device = 'cpu'
if USE_CUDA:
    device = 'cuda'
inp = torch.randn(128, 20, device=device)
print(mod(inp).device)

try:
    with torch.device('cuda'):
        mod = torch.nn.Linear(20, 30)
        print(mod.weight.device)
        print(mod(torch.randn(128, 20)).device)
except AssertionError as e:
    print(f"AssertionError: {e}")

try:
    torch.set_default_device('cuda')

    mod = torch.nn.Linear(20, 30)
    print(mod.weight.device)
    print(mod(torch.randn(128, 20)).device)
except AssertionError as e:
    print(f"AssertionError: {e}")

x = torch.ones(2, device="cpu")
print(x.device, torch.zeros_like(x).device)
torch.set_default_device(None)
print(torch.get_default_device(), torch.ones(2).device)
