# Spec: docs/compiler-api.md §torch._dynamo.utils.counters — the defaultdict of Counters PyTorch
# 2.9's Dynamo bumps: frames total/ok (ConvertFrame.__call__: every frame handed to Dynamo, and
# the ones converted without an exception), stats unique_graphs/calls_captured
# (compile_and_call_fx_graph: graphs compiled and their call nodes) and graph_break (one per graph
# break taken, keyed by the graph break's message); clear() starts over.
import torch
from torch._dynamo.utils import counters


def f(x):
    y = x.sin() + 1
    print("break")
    return y.cos() * 2


def g(x):
    return x + 1


def h(x):
    for i in range(2):
        x = x + i
        torch._dynamo.graph_break()
    return x


cf = torch.compile(f, backend="eager")
cf(torch.ones(3))
cf(torch.ones(3))
print(counters["frames"], counters["stats"])
for k, v in counters["graph_break"].items():
    print(k.splitlines()[0], v)
counters.clear()
cg = torch.compile(g, backend="eager")
cg(torch.ones(2))
cg(torch.ones(2, 2))
cg(torch.ones(2, 2))
print(counters["frames"], counters["stats"], len(counters["graph_break"]))
counters.clear()
print(torch.compile(h, backend="eager")(torch.zeros(1)), counters["frames"], "stats" in counters)
print(type(counters).__name__, type(counters["anything"]).__name__, counters["anything"]["x"])
