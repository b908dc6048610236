# torch.compiler: the public aliases (set_stance, reset, is_compiling). Mirrors torch/compiler/__init__.py.
import torch


def set_stance(stance="default", *, skip_guard_eval_unsafe=False, force_backend=None):
    torch._C._dynamo.set_stance(stance)


def reset():
    torch._dynamo.reset()


def is_compiling():
    return torch._C._dynamo.is_compiling()
