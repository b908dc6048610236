# Spec: docs/models.md; data-dependent routing: nonzero and boolean-mask indexing have output shapes that
# depend on the data, so Dynamo breaks there (gb0036 "Dynamic shape operator", as PyTorch's get_fake_value
# reports a DynamicOutputShapeException); the ops before and after each break get graphs of their own
import torch


def route(x):
    picked = (x > 0).nonzero()
    return picked.sum() + x[x > 0].sum()


eo = torch._dynamo.explain(route)(torch.tensor([1.0, -1.0, 2.0]))
print(eo.graph_count, eo.graph_break_count)
for r in eo.break_reasons:
    print(r.reason.split("\n")[0])
    print(r.reason.split("\n")[1])
print(route(torch.tensor([1.0, -1.0, 2.0])))
