# Spec: docs/dynamo-formats.md §4 (one reason per graph compiled because of a break, reason = the graph-break message, §3.1)
import torch


def toy_example(a, b):
    x = a / (a + 1)
    torch._dynamo.graph_break()
    if b.sum() < 0:
        b = b * -1
    return x * b


eo = torch._dynamo.explain(toy_example)(torch.ones(2), -torch.ones(2))
print(str(eo).split("Break Reasons")[0], end="")
for r in eo.break_reasons:
    print("Reason:", r.reason)
    print("Line:", [fs.lineno for fs in r.user_stack])
print(str(eo).split("Ops per Graph:\n")[1].split("Out Guards")[0], end="")
