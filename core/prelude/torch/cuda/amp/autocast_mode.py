# torch.cuda.amp.autocast_mode (torch/cuda/amp/autocast_mode.py): the deprecated spelling of
# torch.amp.autocast("cuda"); it warns that it is deprecated (a FutureWarning at the caller's
# line), then disables itself as torch.amp's does on a machine without a GPU.
import warnings

import torch
import torch.amp


class autocast(torch.amp.autocast):
    def __init__(self, enabled=True, dtype=torch.float16, cache_enabled=True):
        warnings.warn("`torch.cuda.amp.autocast(args...)` is deprecated. "
                      "Please use `torch.amp.autocast('cuda', args...)` instead.", FutureWarning, stacklevel=2)
        super().__init__("cuda", enabled=enabled, dtype=dtype, cache_enabled=cache_enabled)
