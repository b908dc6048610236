# Spec: docs/compiler-api.md "Custom backends and print_tabular" — in a custom backend, `node.target`
# of a call_function node is the callable itself: `torch.sin` (printed `<built-in method sin of type
# object at 0x...>`, PyTorch's torch._C._VariableFunctions methods), `operator.add` (printed
# `<built-in function add>`, a C function in CPython), a Python function such as
# torch.nn.functional.gelu's wrapper; placeholders, methods and the output keep their strings.
# A backend can compare targets by identity and rewrite the graph it runs.
# eager-equal
import operator
from typing import List

import torch


def inspect_backend(gm: torch.fx.GraphModule, example_inputs: List[torch.Tensor]):
    for node in gm.graph.nodes:
        print(node.op, node.target)
    for node in gm.graph.nodes:
        if node.op == "call_function":
            print(node.name, node.target is operator.add, node.target is operator.mul, node.target is torch.sin)
    return gm.forward


@torch.compile(backend=inspect_backend)
def f(x, y):
    a = torch.sin(x) + y.cos() * 2
    b = torch.nn.functional.dropout(a, p=0.0, training=False)
    return b[0] - torch.relu(a)


print(f(torch.tensor([1.0, 2.0]), torch.tensor([0.5, 0.25])))
print(operator.add, operator.getitem)
print(torch.sin)
