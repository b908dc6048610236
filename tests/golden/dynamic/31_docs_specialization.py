# logs: graph_code
# Spec: docs/dynamic-shapes.md §Guards — the docs page's specialization example (P2): five calls,
# three graphs. x.size()[0] == 10 specializes the first graph to size 10; the second graph keeps
# an unused s77 placeholder (its symbol is L_x_'s size) and multiplies by 200; sizes above 30 take
# the third graph.
import torch


@torch.compile(dynamic=True)
def f(x):
    if x.size()[0] == 10:
        return x * 10

    if x.size()[0] <= 30:
        return x*200

    return x*x.size()[0]

for n in (10, 20, 30, 40, 50):
    print(f(torch.ones(n))[0])
