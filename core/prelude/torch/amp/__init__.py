# torch.amp (torch/amp/__init__.py): autocast (autocast_mode.py) and GradScaler (grad_scaler.py).
from torch.amp.autocast_mode import (autocast, is_autocast_available, get_autocast_dtype, is_autocast_enabled,
                                     _enter_autocast, _exit_autocast)
from torch.amp.grad_scaler import GradScaler
