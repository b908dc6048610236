# Spec: docs/torchbind.md §7.3 GB0362 (any attribute or method access on an opaque object is
# a hard error: "Attempted to access attributes/methods on an OpaqueObject"), §8.1 (opaque objects
# are ScriptObjects of __torch__.torch.classes.aten.OpaqueObject), §4.1 (hard error).
import torch
from torch._dynamo.testing import CompileCounter
from torch._library.opaque_object import make_opaque, get_payload


def f(obj, x):
    obj.step()
    return x + 1


payload = {"steps": 0}
obj = make_opaque(payload)
print(obj._type().qualified_name())
print(get_payload(obj) is payload)
cnt = CompileCounter()
try:
    torch.compile(f, backend=cnt)(obj, torch.ones(2))
    print("no error")
except RuntimeError as e:
    print(type(e).__name__)
    print(e)
print(cnt.frame_count)
