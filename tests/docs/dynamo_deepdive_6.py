# From PyTorch 2.9 docs/source/torch.compiler_dynamo_deepdive.md, "Making Dynamo Complete: Graph Breaks": a print graph break (the page's TORCH_LOGS=bytecode is not written by the playground and says so)
import torch
torch._logging.set_logs(bytecode=True)

@torch.compile
def fn(a):
    b = a + 2
    print("Hi")
    return b + a

fn(torch.randn(4))
