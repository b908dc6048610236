# From PyTorch 2.9 docs/source/torch.compiler_dynamo_deepdive.md, "A Gentle Introduction to Dynamo": mse with TORCH_LOGS=graph_code (set_logs)
import torch
torch._logging.set_logs(graph_code=True)

@torch.compile
def mse(x, y):
    z = (x - y) ** 2
    return z.sum()

x = torch.randn(200)
y = torch.randn(200)
mse(x, y)
