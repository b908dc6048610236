# Spec: docs/upstream-names.md — a name PyTorch 2.9 or CPython 3.11 has and the playground lacks is
# reported with the usual AttributeError / ModuleNotFoundError text followed by "(not supported by
# the playground yet: ...)", without a "Did you mean" suggestion; a name neither has keeps CPython's
# own text (and its suggestion, printed by the traceback, not by str()). hasattr() stays False.
import torch
import torch.nn as nn


def show(thunk):
    try:
        thunk()
        print("no error")
    except (AttributeError, ImportError) as e:
        print(type(e).__name__ + ":", e)


show(lambda: torch.fft)
show(lambda: torch.nn.FractionalMaxPool2d)
show(lambda: torch.nn.functional.fractional_max_pool2d)
show(lambda: torch.ones(2).stft)
show(lambda: torch.Tensor.stft)
show(lambda: nn.Linear(2, 2).register_full_backward_pre_hook_typo)
show(lambda: nn.Linear(2, 2).nothing_here)
show(lambda: torch.not_a_torch_function)
show(lambda: torch.ones(2).not_a_tensor_method)
show(lambda: torch.ones(2)._private_thing)
show(lambda: __import__("torch.onnx"))
show(lambda: __import__("numpy"))
show(lambda: __import__("pathlib"))
print(hasattr(torch, "fft"), hasattr(torch.ones(1), "stft"), getattr(torch, "special", None))


@torch.compile(backend="eager")
def f(x):
    return torch.fft.fft(x)


show(lambda: f(torch.ones(4)))
