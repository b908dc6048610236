# From PyTorch 2.9 docs/source/user_guide/torch_compiler/torch.compiler_troubleshooting.md,
# "Recompilation": a new shape fails the size guard, run as the page does with
# TORCH_LOGS="recompiles" (torch._logging.set_logs here).
import torch

torch._logging.set_logs(recompiles=True)

@torch.compile
def fn(x):
    return x + 1

fn(torch.ones(3, 3))
print(fn(torch.ones(4, 4)))
