# From PyTorch 2.9 docs/source/compile/torch.compiler_dynamic_shapes.md ("Dynamic Shapes", its basic
# example), pasted as written with `import torch` added: dynamic=False compiles one graph per size
# until config.recompile_limit (8), then warns and runs foo eagerly (graph-code logs and the warning
# as .err; eval_frame.py/convert_frame.py texts).
import torch
torch._logging.set_logs(graph_breaks=True, graph_code=True)

@torch.compile(dynamic=False)
def foo(x):
    for _ in range(10):
        x = x.sin()
    return x

for i in range(2, 100):
    x = torch.randn(i)
    # torch._dynamo.decorators.mark_dynamic(x, 0) # uncomment out for dynamic shapes
    foo(x)
