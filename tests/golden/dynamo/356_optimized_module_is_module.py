# torch.compile(module) returns an OptimizedModule, an nn.Module whose one submodule is the original
# (`_orig_mod`), as torch/_dynamo/eval_frame.py makes it: isinstance nn.Module; parameters,
# state_dict keys and named_modules carry the `_orig_mod.` prefix (a state_dict of the original
# does not load into it); other attribute writes go to the original; `training` mirrors the
# original's; eval()/train() return the OptimizedModule; `c[0]` is a TypeError (special methods are
# looked up on the class). A compiled function calling it returns what eager returns.
import torch
from torch import nn
torch.manual_seed(0)
m = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
c = torch.compile(m, backend="eager")
print(isinstance(c, nn.Module), type(c).__name__)
print([n for n, _ in c.named_parameters()])
print(list(c.state_dict().keys()))
print(c.training, c.eval() is c, c.training, m.training, c.train().training, m.training)
x = torch.ones(4, 2)
print(c(x))
print(c._orig_mod[0])
c.foo = 5
print(m.foo, c.foo)
print(len(list(c.parameters())), len(list(c.modules())), [n for n, _ in c.named_modules()])
print(c)
sd = m.state_dict()
try:
    c.load_state_dict(sd)
except RuntimeError as e:
    print(str(e).splitlines()[0])
c._orig_mod.load_state_dict(sd)
print(c.get_submodule("_orig_mod.0"))


@torch.compile(backend="eager")
def f(x):
    return c(x) * 2


print(f(x))
print(torch.compile(nn.Linear(2, 2)).__class__)
