# torch.version (torch/version.py, generated at PyTorch's build): the PyTorch release whose behaviour
# and formats the playground follows (README), as a CPU-only build reports it.
from torch.torch_version import TorchVersion

__version__ = TorchVersion("2.9.0+cpu")
debug = False
cuda = None
hip = None
xpu = None
git_version = "unknown"
