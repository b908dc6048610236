# From PyTorch 2.9 docs/source/user_guide/torch_compiler/torch.compiler_troubleshooting.md,
# "Guards": the guards of a compiled x + 1, run as the page does with TORCH_LOGS="guards"
# (torch._logging.set_logs here).
import torch

torch._logging.set_logs(guards=True)

@torch.compile
def fn(x):
    return x + 1

print(fn(torch.ones(3, 3)))
