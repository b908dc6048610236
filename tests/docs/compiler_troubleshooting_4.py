# From PyTorch 2.9 docs/source/user_guide/torch_compiler/torch.compiler_troubleshooting.md,
# "Dynamic Shapes": dynamic=True compiles once for both shapes, run as the page does with
# TORCH_LOGS="dynamic,recompiles" (torch._logging.set_logs here).
import logging

import torch

torch._logging.set_logs(dynamic=logging.INFO, recompiles=True)

@torch.compile(dynamic=True)
def fn(x):
    return x + 1

fn(torch.ones(3, 3))
print(fn(torch.ones(4, 4)))
