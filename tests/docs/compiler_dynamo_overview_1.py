# From PyTorch 2.9 docs/source/torch.compiler_dynamo_overview.md, "What is a guard?": the toy example compiled with torch._dynamo.optimize(my_compiler) (the page's later cells read cache entries with _debug_get_cache_entry_list and depyf, which the playground does not have)
from typing import List
import torch
from torch import _dynamo as torchdynamo
def my_compiler(gm: torch.fx.GraphModule, example_inputs: List[torch.Tensor]):
    print("my_compiler() called with FX graph:")
    gm.graph.print_tabular()
    return gm.forward  # return a python callable

@torchdynamo.optimize(my_compiler)
def toy_example(a, b):
    x = a / (torch.abs(a) + 1)
    if b.sum() < 0:
        b = b * -1
    return x * b
for _ in range(100):
    toy_example(torch.randn(10), torch.randn(10))
