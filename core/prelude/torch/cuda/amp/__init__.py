# torch.cuda.amp (torch/cuda/amp/__init__.py): the deprecated CUDA spellings of torch.amp.
from torch.cuda.amp.autocast_mode import autocast
from torch.cuda.amp.grad_scaler import GradScaler
