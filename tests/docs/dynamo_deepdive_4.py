# From PyTorch 2.9 docs/source/torch.compiler_dynamo_deepdive.md, "Making Dynamo Sound: Guards": guards through GetItemSource (L['l'][0]) with TORCH_LOGS=guards
import torch
torch._logging.set_logs(guards=True)

@torch.compile
def fn(x, l):
    return x * len(l[0])

fn(torch.randn(8), ["Hi", "Hello"])
