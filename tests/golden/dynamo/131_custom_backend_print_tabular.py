# Spec: docs/compiler-api.md "Custom backends and print_tabular": a backend written as the docs
# write it (`from typing import List`, annotated with torch.fx.GraphModule) receives the graph
# module; its nodes have op, name, args (nodes and constants), kwargs; gm.graph.print_tabular() prints [op, name, target, args, kwargs] per node in tabulate's
# "simple" format (left-aligned columns, header + 2 wide at least, a dashed rule); returning
# gm.forward runs the graph.
from typing import List

import torch


def my_compiler(gm: torch.fx.GraphModule, example_inputs: List[torch.Tensor]):
    print("my_compiler() called with FX graph:")
    gm.graph.print_tabular()
    print(isinstance(gm, torch.fx.GraphModule), len(example_inputs))
    for node in gm.graph.nodes:
        print(node.op, node.name, node.args, node.kwargs)
    return gm.forward


@torch.compile(backend=my_compiler)
def fn(x, y):
    a = torch.cos(x)
    b = torch.sin(y)
    return a + b


print(fn(torch.zeros(3), torch.zeros(3)))


@torch.compile(backend=my_compiler)
def g(x):
    return x.sum(dim=0, keepdim=True).relu()[0]


print(g(torch.ones(2, 3)))
