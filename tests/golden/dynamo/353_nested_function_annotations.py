# eager-equal
# Spec: docs/stdlib.md "Generic aliases and iterator classes" — a function defined in compiled
# code keeps its annotations (MAKE_FUNCTION's annotations tuple, kept by
# NestedUserFunctionVariable and rebuilt with the function after the graph), generic aliases and
# unions passed in included.
import torch


@torch.compile(backend="eager", fullgraph=True)
def f(x, T, U):
    def inner(y: T, z: int = 3) -> "str":
        return y

    def other(a: U, *args: int, k: int | None, **kw: float) -> None:
        pass

    return x + 1, inner, other


out = f(torch.ones(2), dict[str, int], int | list[int])
print(out[0], out[1].__annotations__, out[1].__defaults__, out[2].__annotations__)
