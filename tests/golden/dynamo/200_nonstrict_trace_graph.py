# logs: graph_code
# eager-equal
# Spec: docs/compiler-api.md "nonstrict_trace" — a call of a torch._dynamo.nonstrict_trace function
# is one torch.ops.higher_order.flat_apply node over the pytree-flattened (args, kwargs) (tensors
# as nodes, constants inline, tuples/lists/dicts/None flattened), after two get_attr nodes of type
# torch.utils._pytree.TreeSpec named NAME_spec / NAME_input_spec (NAME_spec_0 ... on a second call),
# as PyTorch 2.9 prints it (test/dynamo/test_flat_apply.py test_nonstrict_trace_dynamo_graph). The
# function runs untraced (its graph break is not one); int outputs become constants, tuple
# outputs getitem nodes; nonstrict_trace(fn) also works inside the compiled region.
import torch


@torch._dynamo.nonstrict_trace
def combine(pair, scale, opts):
    torch._dynamo.graph_break()  # not traced by Dynamo: no graph break
    a, b = pair
    out = a * scale + b
    if opts["shift"] is not None:
        out = out + opts["shift"]
    return out


@torch._dynamo.nonstrict_trace
def stats(t):
    return t.sum(), t.numel(), (t.max(), t.min())


def helper(x, k=2):
    return x.pow(k)


@torch.compile(backend="eager", fullgraph=True)
def f(x, y):
    t = x + y
    r = combine((t, y), 3, {"shift": None})
    r2 = combine([r, x], scale=0.5, opts={"shift": x})
    s, n, (mx, mn) = stats(r2)
    h = torch._dynamo.nonstrict_trace(helper)(s, k=3)
    return r2 * n + mx - mn + h


x = torch.tensor([1.0, 2.0, 3.0])
y = torch.tensor([0.5, -1.0, 2.0])
print(f(x, y))
print(f(x, y))  # the cached graph runs the functions again
print(combine((x, y), 3, {"shift": None}))  # eagerly: the function itself
print(combine.__name__, combine.__wrapped__.__name__)
