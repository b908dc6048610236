# From PyTorch 2.9 docs/source/torch.compiler_dynamo_deepdive.md, "Making Dynamo Sound: Guards": a str argument's guards and the recompile when it changes (TORCH_LOGS=guards,recompiles)
import torch
torch._logging.set_logs(guards=True, recompiles=True)

@torch.compile
def fn(a, b):
    return a * len(b)

fn(torch.arange(10), "Hello")
fn(torch.arange(10), "Hi")
