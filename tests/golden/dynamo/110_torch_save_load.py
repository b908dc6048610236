# Spec: docs/compiler-api.md "torch.save / torch.load": an in-memory file system that lives for one
# run; called from compiled code they are the "Attempted to call function marked as skipped" graph
# break (torch/serialization.py is skipped by trace_rules), the rest of the function is compiled.
import torch
from torch._dynamo.testing import CompileCounter

cnt = CompileCounter()


@torch.compile(backend=cnt)
def f(x):
    y = x**2 / 2
    torch.save({"y": y, "n": 3}, "foo.pt")
    z = y**3 / 6
    return z


print(f(torch.ones(3)), cnt.frame_count)
state = torch.load("foo.pt")
print(state["y"], state["n"])
try:
    torch.load("missing.pt")
except FileNotFoundError as e:
    print(e)
r = torch._dynamo.explain(f)(torch.ones(2))
print(r.graph_count, r.graph_break_count)
print(r.break_reasons[0].reason.split("\n")[0])
