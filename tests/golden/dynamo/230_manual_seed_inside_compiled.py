# torch.manual_seed inside a compiled function seeds when the function runs: Dynamo does not trace
# it (a skipped function), so the call graph-breaks and runs eagerly between the two graphs, and
# every compiled call draws the same numbers as the eager call.
import torch


def f(x):
    torch.manual_seed(3)
    return x + torch.rand(2)


cnt = torch._dynamo.testing.CompileCounter()
cf = torch.compile(f, backend=cnt)
eager = f(torch.zeros(2))
first = cf(torch.zeros(2))
second = cf(torch.zeros(2))
print(eager)
print(torch.equal(eager, first), torch.equal(eager, second), cnt.frame_count)
