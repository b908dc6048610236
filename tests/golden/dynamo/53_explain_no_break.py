# Spec: docs/dynamo-formats.md §4 (ExplainOutput.__str__; Op Count counts call_function nodes only; Graph Break Count = graphs - 1)
import torch


def f(x):
    a = x + 1
    b = a * a
    return b.sum() - a.mean()


eo = torch._dynamo.explain(f)(torch.ones(3))
print(str(eo).split("Ops per Graph")[0], end="")
print(eo.graph_count, eo.graph_break_count, eo.op_count, len(eo.break_reasons))
print(str(eo).split("Ops per Graph:\n")[1].split("Out Guards")[0], end="")
