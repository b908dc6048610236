# logs: recompiles
# eager-equal
# Spec: docs/stdlib.md "Generic aliases and iterator classes" — `X | Y` of classes is a
# types.UnionType in compiled code too (folded at trace time), and isinstance against one
# stands for the tuple of its arguments (call_isinstance's `__args__`), also inside a tuple; a
# union passed in is guarded by identity, so another union recompiles.
import torch


@torch.compile(backend="eager", fullgraph=True)
def f(x, u):
    return (
        x + 1,
        isinstance(3, int | None),
        isinstance(x, int | torch.Tensor),
        isinstance(3, (str, int | None)),
        isinstance(3.0, u),
        int | None,
    )


print(f(torch.ones(2), int | str))
print(f(torch.ones(2), float | None))
