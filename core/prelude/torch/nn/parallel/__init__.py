# torch.nn.parallel on a machine without accelerators. Mirrors torch/nn/parallel/data_parallel.py
# (DataParallel: with no device, forward is the wrapped module's) and
# torch/nn/parallel/distributed.py (DistributedDataParallel needs the default process group, which
# the playground cannot create: torch.distributed).
import torch
from torch.nn.modules.module import Module


class DataParallel(Module):
    def __init__(self, module, device_ids=None, output_device=None, dim=0):
        super().__init__()
        # No CUDA device: PyTorch keeps the module and runs it as it is.
        self.module = module
        self.device_ids = []
        self.dim = dim
        self.output_device = None

    def forward(self, *inputs, **kwargs):
        return self.module(*inputs, **kwargs)


class DistributedDataParallel(Module):
    def __init__(self, module, *args, **kwargs):
        super().__init__()
        # PyTorch reads the default process group first; there is none (torch.distributed).
        raise ValueError(torch.distributed._NOT_INITIALIZED)
