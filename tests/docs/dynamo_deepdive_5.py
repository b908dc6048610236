# From PyTorch 2.9 docs/source/torch.compiler_dynamo_deepdive.md, "Static by default": a.shape[0]
# is a constant in the first graph and a SymInt once the size changes (TORCH_LOGS=graph_code,guards;
# the page's graph_sizes log is not written by the playground and says so)
import torch
torch._logging.set_logs(graph_code=True, guards=True, graph_sizes=True)

@torch.compile
def fn(a, b):
    return a.shape[0] * a * b

fn(torch.randn(4, 3), torch.randn(4, 3))
fn(torch.randn(8, 3), torch.randn(8, 3))
