# Spec: docs/compiler-api.md "A graph break Dynamo cannot resume from", docs/dynamo-formats.md §4 —
# torch._dynamo.explain of a frame that breaks where Dynamo cannot resume: one graph (compiled up to
# the checkpoint), whose GraphCompileReason is step_graph_break's ("step_unsupported", with the
# frame summary of the checkpoint's line), so Graph Break Count is 0 (graph_count - 1) while the
# break reason is listed. counters["graph_break"] stays empty (the Unsupported is never moved from
# "unimplemented" to "graph_break"), the frame counts as "ok", and the result equals eager's.
import torch
from torch._dynamo.utils import counters


def f(x):
    y = x.sin()
    z = y + 1
    s = f"{z!r}"
    return z * 2, s


eo = torch._dynamo.explain(f)(torch.ones(2))
print(eo.graph_count, eo.graph_break_count, len(eo.break_reasons))
print(eo.break_reasons[0].reason, eo.break_reasons[0].user_stack)
print(eo.ops_per_graph)

counters.clear()
torch._dynamo.reset()
out = torch.compile(f, backend="eager")(torch.ones(2))
print(out)
print(f(torch.ones(2)))
print(dict(counters["graph_break"]), dict(counters["frames"]), dict(counters["stats"]))
