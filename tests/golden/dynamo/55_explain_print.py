# Spec: docs/dynamo-formats.md §4 (a break with nothing traced before it compiles no graph and lists no reason), §3.3 example 2
import torch


def f(x):
    print("start")
    y = x - 1
    print("middle")
    return y


eo = torch._dynamo.explain(f)(torch.zeros(2))
print(str(eo).split("Break Reasons")[0], end="")
for r in eo.break_reasons:
    print(r.reason.split("\n")[0])
    print([fs.lineno for fs in r.user_stack])
