# torch.compile(module) returns an OptimizedModule, an nn.Module whose one submodule is the original
# (`_orig_mod`), as torch/_dynamo/eval_frame.py makes it: isinstance nn.Module; parameters,
# state_dict keys and named_modules carry the `_orig_mod.` prefix (a state_dict of the original
# does not load into it); other attribute writes go to the original; `training` mirrors the
# original's; eval()/train() return the OptimizedModule. A compiled function calling it
# returns what eager returns.
import torch
from torch import nn
torch.manual_seed(0)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(2, 3)
        self.fc2 = nn.Linear(3, 1)

    def forward(self, x):
        return self.fc2(torch.relu(self.fc1(x)))


m = Net()
c = torch.compile(m, backend="eager")
print(isinstance(c, nn.Module), type(c).__name__)
print([n for n, _ in c.named_parameters()])
print(list(c.state_dict().keys()))
print(c.training, c.eval() is c, c.training, m.training, c.train().training, m.training)
x = torch.ones(4, 2)
print(c(x))
print(c._orig_mod.fc1)
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
print(c.get_submodule("_orig_mod.fc1"))


@torch.compile(backend="eager")
def f(x):
    return c(x) * 2


print(f(x))
print(torch.compile(Net()).__class__)
