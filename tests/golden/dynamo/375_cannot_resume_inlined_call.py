# logs: graph_breaks,graph_code
# eager-equal
# Spec: docs/compiler-api.md "A graph break Dynamo cannot resume from" — the instruction that cannot
# resume is inside an inlined function: the inlining translator never checkpoints (inlining is all
# or nothing), so the graph break reaches the caller's CALL, which has break_graph_if_unsupported:
# the caller's graph ends before the call, the call runs eagerly and the caller resumes in
# torch_dynamo_resume_in_outer_at_N. The callee, called eagerly, is a frame of its own: its trace
# breaks at the same IS_OP at the top level, cannot resume, and compiles up to its own checkpoint.
import torch


class Flag:
    pass


def inner(y, p, q):
    z = y.cos()
    z = z + 1
    if p is q:
        return z
    return z * 3


def outer(x, p, q):
    y = x.sin()
    r = inner(y, p, q)
    return r - y


print(torch.compile(outer, backend="eager")(torch.ones(2), Flag(), Flag()))
