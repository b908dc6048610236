# logs: graph_breaks
# eager-equal
# Spec: docs/runtime-subclasses.md §Slot wrappers and eval — `eval` and `exec` in compiled code are
# builtins PyTorch has no handler for: "Failed to trace builtin operator" graph breaks. The call
# runs eagerly in the function's own frame, so eval reads the function's locals (the arguments are
# there even though no later instruction names them) and its globals; the code after it is traced
# in a resume function.
# Expected output: real PyTorch (1.13, eager, torch.compile replaced by the identity) on CPython 3.11.
import torch

OFFSET = 10


@torch.compile(backend="eager")
def f(x, n):
    y = eval("x * n + OFFSET")
    exec("print('exec ran', n)")
    return y - 1


print(f(torch.tensor([1.0, 2.0]), 3))
