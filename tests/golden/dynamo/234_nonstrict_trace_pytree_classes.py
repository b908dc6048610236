# logs: graph_code
# Spec: docs/compiler-api.md "torch._dynamo.nonstrict_trace" — inputs of classes registered with
# torch.utils._pytree: register_pytree_node's flatten_fn is traced (the object's tensors become
# the flat_apply node's arguments, the node on the call's line; flat_apply rebuilds the object
# with unflatten_fn), register_constant's instances are constants in the input spec (their
# context is ConstantNode(value=...)), guarded by ==: an equal object reuses the graph, another
# recompiles (PyTorch's test_decorators.py test_nonstrict_trace_pre_existing_custom_class,
# test_nonstrict_trace_pre_existing_register_constant_type_guard). Also the registry's errors
# and the TreeSpec repr of a registered node.
import torch
import torch.utils._pytree as pytree


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


pytree.register_pytree_node(
    Point,
    lambda p: ((p.x, p.y), ()),
    lambda xy, _: Point(xy[0], xy[1]),
    serialized_type_name=f"{Point.__module__}.{Point.__qualname__}",
)


@torch._dynamo.nonstrict_trace
def trace_me(p):
    torch._dynamo.graph_break()
    return p.x * p.y


def fn(p):
    res = trace_me(p)
    return res, p.x, p.y


p = Point(torch.ones(3), torch.full((1,), 2.0))
print(fn(p))
print(torch.compile(fn, fullgraph=True, backend="eager")(p))


class State:
    def __init__(self, n):
        self.n = n

    def get_num(self):
        torch._dynamo.graph_break()
        return self.n

    def __eq__(self, other):
        return isinstance(other, State) and self.n == other.n

    def __hash__(self):
        return hash(self.n)

    def __repr__(self):
        return f"State({self.n})"


pytree.register_constant(State)


@torch._dynamo.nonstrict_trace
def trace_me2(x, s):
    return x * s.get_num()


cnts = torch._dynamo.testing.CompileCounterWithBackend("eager")


@torch.compile(fullgraph=True, backend=cnts)
def fn2(x, s):
    return trace_me2(x, s)


x = torch.ones(3)
print(fn2(x, State(42)), cnts.frame_count)
print(fn2(x, State(42)), cnts.frame_count)
print(fn2(x, State(41)), cnts.frame_count)
print(pytree.tree_flatten((p, State(3), [1])))
try:
    pytree.register_constant(Point)
except TypeError as e:
    print(e)
try:
    pytree.register_pytree_node(Point, None, None)
except ValueError as e:
    print(e)
