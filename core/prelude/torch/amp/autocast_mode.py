# torch.amp.autocast_mode as PyTorch 2.9 has it on a machine without a GPU (torch/amp/autocast_mode.py):
# `autocast` with its argument checks and warnings, and `_enter_autocast` / `_exit_autocast`, the
# functions a compiled graph calls where the traced code entered and left an autocast block
# (Dynamo's AutocastModeVariable, core/dynamo/variables/ctx_manager.cpp). CUDA autocast disables
# itself with PyTorch's warning, as it does on a CPU-only machine, so code written with
# `enabled=use_amp` runs unchanged; CPU autocast enabled (bfloat16 / float16 casting of ops) is not
# supported by the playground yet. The warnings are written as PyTorch's source writes them, so the
# source line a warning prints is `warnings.warn(` there too.
import warnings

import torch

# The device types this build knows for autocast (torch._C._is_autocast_available).
_AUTOCAST_DEVICES = ("cpu", "cuda", "xpu", "hpu", "ipu", "xla", "mps", "mtia", "maia")
_autocast_state = {}  # device type -> (enabled, dtype)


def is_autocast_available(device_type):
    return device_type in _AUTOCAST_DEVICES


def get_autocast_dtype(device_type):
    state = _autocast_state.get(device_type)
    if state is not None:
        return state[1]
    return torch.bfloat16 if device_type == "cpu" else torch.float16


def is_autocast_enabled(device_type=None):
    state = _autocast_state.get("cuda" if device_type is None else device_type)
    return False if state is None else state[0]


class autocast:
    def __init__(self, device_type, dtype=None, enabled=True, cache_enabled=None):
        if not isinstance(device_type, str):
            raise ValueError("Expected `device_type` of type `str`, got: `" + str(type(device_type)) + "`")
        self.device = device_type
        if not is_autocast_available(device_type):
            raise RuntimeError("User specified an unsupported autocast device_type '" + device_type + "'")
        self.fast_dtype = get_autocast_dtype(device_type)
        self._cache_enabled = True if cache_enabled is None else cache_enabled
        if enabled and device_type == "cuda":
            warnings.warn(
                "User provided device_type of 'cuda', but CUDA is not available. Disabling"
            )
            enabled = False
        if dtype is not None:
            self.fast_dtype = dtype
        if device_type == "cpu" and enabled and self.fast_dtype not in (torch.bfloat16, torch.float16):
            warnings.warn(
                "In CPU autocast, but the target dtype is not supported. Disabling autocast.\n"
                "CPU Autocast only supports dtype of torch.bfloat16, torch.float16 currently."
            )
            enabled = False
        self._enabled = enabled

    def __enter__(self):
        if self._enabled and self.device == "cpu":
            raise NotImplementedError("not supported by the playground yet: torch.autocast on the CPU "
                                      "(mixed-precision casting of ops); autocast(..., enabled=False) runs")
        self._prev = _autocast_state.get(self.device)
        _autocast_state[self.device] = (self._enabled, self.fast_dtype)

    def __exit__(self, exc_type, exc_val, exc_tb):
        if self._prev is None:
            _autocast_state.pop(self.device, None)
        else:
            _autocast_state[self.device] = self._prev
        return False

    def __call__(self, func):
        def decorate_autocast(*args, **kwargs):
            with self:
                return func(*args, **kwargs)

        decorate_autocast.__name__ = getattr(func, "__name__", "decorate_autocast")
        decorate_autocast.__wrapped__ = func
        return decorate_autocast




def _enter_autocast(*vals):
    mode = autocast(*vals)
    mode.__enter__()
    return mode


def _exit_autocast(mode):
    mode.__exit__(None, None, None)
