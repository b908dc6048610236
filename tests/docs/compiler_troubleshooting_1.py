# From PyTorch 2.9 docs/source/user_guide/torch_compiler/torch.compiler_troubleshooting.md, "Graph
# break": open() in a compiled function, run as the page does with TORCH_LOGS="graph_breaks"
# (torch._logging.set_logs here). Adapted: test.txt is written first (the page assumes it exists).
import torch

torch._logging.set_logs(graph_breaks=True)
with open("test.txt", "w") as f:
    f.write("hello")

@torch.compile
def fn(x):
    x = x + 1
    with open("test.txt", "r") as f:
        return x + len(f.read())

print(fn(torch.ones(3, 3)))
