# From PyTorch 2.9 docs/source/compile/programming_model.recompilation.md, cell 4: an LR scheduler initialized with a constant
import functools

import torch

# The page's hidden header (header_code.py and the first cell): the eager backend, recompile logs.
torch.compile = functools.partial(torch.compile, backend="eager")
torch._logging.set_logs(recompiles=True)


mod = torch.nn.Linear(3, 3)
opt = torch.optim.Adam(mod.parameters(), lr=0.01)
sched = torch.optim.lr_scheduler.ExponentialLR(opt, 0.9)


@torch.compile
def gn(inp):
    opt.zero_grad(True)
    out = mod(inp).sum()
    out.backward()
    opt.step()
    sched.step()


for i in range(5):
    gn(torch.ones(3, 3))
