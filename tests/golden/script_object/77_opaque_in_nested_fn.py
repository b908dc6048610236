# Spec: docs/torchbind.md §8.1 (any attribute access on an opaque object while tracing is GB0362,
# a hard error), §4.1 (it escapes the inlined helper unchanged and is rewrapped).
import torch
from torch._library.opaque_object import make_opaque, get_payload


def helper(o):
    return o.get_payload()


def f(o, x):
    return x * helper(o)


o = make_opaque(3)
print(get_payload(o))
try:
    torch.compile(f, backend="eager")(o, torch.ones(2))
except RuntimeError as e:
    print(type(e).__name__)
    print(e)
