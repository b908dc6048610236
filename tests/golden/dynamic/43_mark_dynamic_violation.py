# Spec: docs/dynamic-shapes.md §mark_dynamic — a dim marked with mark_dynamic that the traced code
# specializes to a constant (here `x.shape[0] == 3`) is PyTorch's ConstraintViolationError at
# produce_guards; maybe_mark_dynamic allows the specialization.
import torch


@torch.compile(backend="eager")
def f(x):
    if x.shape[0] == 3:
        return x + 1
    return x - 1


x = torch.ones(3)
torch._dynamo.mark_dynamic(x, 0)
try:
    f(x)
except Exception as e:
    print(type(e).__module__, type(e).__name__)
    print(e)
y = torch.ones(3)
torch._dynamo.maybe_mark_dynamic(y, 0)
print(f(y))
z = torch.ones(5)
torch._dynamo.mark_dynamic(z, 0)
print(f(z))
