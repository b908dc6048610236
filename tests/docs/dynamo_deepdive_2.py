# From PyTorch 2.9 docs/source/torch.compiler_dynamo_deepdive.md: fn(x, n) called with n = 2, 3, -2 and TORCH_LOGS=graph_code: the int becomes a SymInt on the second call
import torch
torch._logging.set_logs(graph_code=True)

@torch.compile
def fn(x, n):
    y = x ** 2
    if n >= 0:
        return (n + 1) * y
    else:
        return y / n

x = torch.randn(200)
fn(x, 2)
fn(x, 3)
fn(x, -2)
