# Spec: docs/compiler-api.md "Objects of user classes": a bound method of an object built in the
# traced code has no source, so returning it is PyTorch's "Reconstruction failure" (GB0092); with
# fullgraph=True that is the error, without it the frame runs eagerly and returns the method.
import torch


class Foo:
    def meth(self):
        return 0


def fn():
    return Foo().meth


try:
    torch.compile(fn, backend="eager", fullgraph=True)()
except Exception as e:
    print(type(e).__name__)
    print(str(e).replace(hex(id(Foo.meth)), "0x"))
m = torch.compile(fn, backend="eager")()
print(m())
