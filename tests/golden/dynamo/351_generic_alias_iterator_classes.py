# logs: graph_breaks
# eager-equal
# Spec: docs/stdlib.md "Generic aliases and iterator classes" — values made by the runtime outside the
# frame keep CPython's classes inside compiled code: a types.GenericAlias passed in (its
# __origin__ / __args__ read as constants), the class names of built-in iterators, and a
# loop over a set of tensors (the playground's limitation at GET_ITER, an instruction Dynamo
# cannot resume from: the graph before the loop is compiled and the rest of g runs eagerly).
import torch


@torch.compile(backend="eager", fullgraph=True)
def f(x, alias, names):
    return x * len(alias.__args__), alias.__origin__, names


its = [iter([1]), iter((1,)), iter(range(2)), iter({1}), iter({"a": 1}), iter("ab"), iter("é"), zip(), enumerate([])]
print(f(torch.ones(2), dict[str, int], [type(i).__name__ for i in its]))


@torch.compile(backend="eager")
def g(x):
    s = {x + 1, x * 2}
    n = 0
    for t in s:
        n = n + t.sum()
    return n


print(g(torch.ones(2)))
