# Spec: decorators.py forbid_in_graph and symbolic_convert.py InstructionTranslatorBase.call_function:
# a callable with `_dynamo_forbidden` (torch._dynamo.mark_dynamic / maybe_mark_dynamic,
# torch.compiler.set_stance, the torch._dynamo.set_stance class and the wrappers its decorator form
# returns) raises AssertionError("Attempt to trace forbidden callable ...") when a compiled
# function calls it; called before compiling (the documented use) it works.
import torch


@torch.compile(backend="eager")
def f(x):
    torch._dynamo.mark_dynamic(x, 0)
    return x * x


@torch.compile(backend="eager")
def g(x):
    torch._dynamo.maybe_mark_dynamic(x, 0)
    return x * x


@torch.compile(backend="eager")
def h(x):
    with torch._dynamo.set_stance("force_eager"):
        return x + 1


for fn in (f, g, h):
    try:
        fn(torch.ones(3))
    except AssertionError as e:
        print(type(e).__name__, e)

x = torch.ones(4)
torch._dynamo.mark_dynamic(x, 0)


@torch.compile(backend="eager")
def k(x):
    return x.sum() * x.shape[0]


print(k(x), k(torch.ones(6)))
print(torch._dynamo.mark_dynamic._dynamo_forbidden, torch.compiler.set_stance._dynamo_forbidden)
