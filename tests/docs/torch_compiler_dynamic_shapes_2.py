# From PyTorch 2.9 docs/source/compile/torch.compiler_dynamic_shapes.md, its basic example with the
# mark_dynamic line uncommented as the page says: one graph for every size (s0 for dimension 0; the
# graph-code log as .err).
import torch
torch._logging.set_logs(graph_breaks=True, graph_code=True)

@torch.compile(dynamic=False)
def foo(x):
    for _ in range(10):
        x = x.sin()
    return x

for i in range(2, 100):
    x = torch.randn(i)
    torch._dynamo.decorators.mark_dynamic(x, 0) # uncomment out for dynamic shapes
    foo(x)
