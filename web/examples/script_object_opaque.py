# Title: Script objects: opaque objects
# Group: Opaque objects
#
# make_opaque wraps any Python value in an opaque script object. Dynamo treats it as a black box:
# it can be passed to custom operators, but any attribute or method access on it while tracing
# is a hard error.
import torch
from torch._library.opaque_object import make_opaque, get_payload


def f(obj, x):
    obj.update()
    return x + 1


state = {"count": 0}
obj = make_opaque(state)
print(obj._type().qualified_name())
print(get_payload(obj) is state)
try:
    torch.compile(f, backend="eager")(obj, torch.ones(2))
except RuntimeError as e:
    print(type(e).__name__)
    print(e)
