# Spec: docs/dynamo-formats.md §1.2 (gm.code), a backend receives the GraphModule and the example inputs
import torch


def inspect_backend(gm, example_inputs):
    print("graph with", len(example_inputs), "inputs:", [tuple(t.shape) for t in example_inputs])
    print(gm.code.strip())
    ops = [node.op for node in gm.graph.nodes]
    print(ops)
    return gm.forward


@torch.compile(backend=inspect_backend)
def f(x, y):
    return (x + y).relu(), y.t()


out = f(torch.ones(2, 3), torch.ones(2, 3))
print(out[0].shape, out[1].shape)
