# What the PyTorch tutorials and torch.compiler pages use that the playground lacks, each a clear
# "not supported by the playground yet" error (docs/data-loading.md "Not supported"): third-party
# imports (torch_compile_tutorial's numpy/scipy, the quickstart's torchvision, nn_tutorial's
# requests/matplotlib), torch.hub (torch.compiler_get_started's resnet50), TorchScript and FX
# tracing (torch_compile_tutorial's comparisons). ModuleNotFoundError keeps CPython's
# "No module named ..." start (docs/upstream-names.md), so `except ImportError` code still takes
# its fallback.
import torch

for name in ("numpy", "scipy.fft", "torchvision.models", "matplotlib.pyplot", "requests", "not_a_real_module"):
    try:
        __import__(name)
    except ImportError as e:
        print(type(e).__name__, e)

try:
    import numpy as np
except ImportError:
    np = None
print(np)

def f1(x, y):
    if x.sum() < 0:
        return -y
    return y

for call in (lambda: torch.hub.load('pytorch/vision:v0.10.0', 'resnet50', pretrained=True),
             lambda: torch.hub.load_state_dict_from_url("https://download.pytorch.org/models/resnet18.pth"),
             lambda: torch.hub.get_dir(),
             lambda: torch.jit.trace(f1, (torch.ones(2), torch.ones(2))),
             lambda: torch.jit.script(f1),
             lambda: torch.fx.symbolic_trace(f1)):
    try:
        call()
    except NotImplementedError as e:
        print(type(e).__name__, e)
torch.hub.set_dir("/tmp/hub")
print(torch.hub.get_dir())
