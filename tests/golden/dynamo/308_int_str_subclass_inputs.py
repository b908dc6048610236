# logs: graph_code,guards,graph_breaks
# eager-equal
# Spec: docs/runtime-subclasses.md §Enums in compiled code — instances of user subclasses of int and
# str that are not enum members are PyTorch's UserDefinedObjectVariable (wrap_user_defined: a
# TYPE_MATCH guard): a Python method of the subclass is inlined with the instance as self, its
# instance attributes are read through their source (`L['n'].unit`) and a store to one is written
# back to the caller's object, `isinstance` and `type()` answer from the class; a method of the built-in base (`len(n)` calls str.__len__) is
# VariableTracker.call_method's "Unsupported method call", which runs that instruction eagerly and
# traces the rest in a resume function.
# Expected output: real PyTorch (1.13, eager, torch.compile replaced by the identity) on CPython 3.11.
import torch


class Label(str):
    def weight(self):
        return 2.0 if self.unit == "m" else 0.5


class Count(int):
    def scale(self, x):
        return x * self.factor


@torch.compile(backend="eager")
def f(x, n, c):
    y = c.scale(x) + n.weight()
    n.seen = True
    if isinstance(c, int) and type(n).__name__ == "Label":
        y = y + 1
    k = len(n)
    return y * k


n = Label("ab")
n.unit = "m"
c = Count(7)
c.factor = 3.0
print(f(torch.tensor([1.0, 2.0]), n, c), n.seen, n + "!", c + 1)
