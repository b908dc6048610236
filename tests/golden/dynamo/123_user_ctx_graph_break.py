# logs: graph_breaks
# Spec: docs/compiler-api.md "User context managers": a graph break while a user-defined context
# manager is active cannot resume; PyTorch logs one record (the graph break, then "Graph break
# under GenericContextWrappingVariable", GB0066, naming the active managers) and the frame runs
# eagerly; functions it calls are still compiled.
import torch


class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        pass


def helper(x):
    return x.sin()


@torch.compile(backend="eager")
def f(x):
    with Ctx():
        with Ctx():
            pass
        with Ctx():
            with Ctx():
                pass
            x = x + 1
            torch._dynamo.graph_break()
    return x


print(f(torch.zeros(2)))
