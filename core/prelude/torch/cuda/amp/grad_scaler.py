# torch.cuda.amp.grad_scaler (torch/cuda/amp/grad_scaler.py): the deprecated spelling of
# torch.amp.GradScaler("cuda"); it warns that it is deprecated (a FutureWarning at the caller's
# line), then disables itself as torch.amp's does on a machine without a GPU.
import warnings

import torch
import torch.amp


class GradScaler(torch.amp.GradScaler):
    def __init__(self, init_scale=2.0**16, growth_factor=2.0, backoff_factor=0.5, growth_interval=2000,
                 enabled=True):
        warnings.warn("`torch.cuda.amp.GradScaler(args...)` is deprecated. "
                      "Please use `torch.amp.GradScaler('cuda', args...)` instead.", FutureWarning, stacklevel=2)
        super().__init__("cuda", init_scale=init_scale, growth_factor=growth_factor, backoff_factor=backoff_factor,
                         growth_interval=growth_interval, enabled=enabled)
