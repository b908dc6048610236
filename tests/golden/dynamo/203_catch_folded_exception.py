# logs: graph_code,graph_breaks
# eager-equal
# Spec: docs/compiler-api.md "Exceptions (observed exceptions)" — an exception raised by an
# operation the tracer folds (a constant division by zero, a missing dict key, int() of a bad
# string, a failing call in an inlined function) is raised in the traced code (PyTorch's
# raise_observed_exception): a handler that covers it catches it without a graph break, `as e`
# binds it and e.args is the exception's; with no handler it is the "Observed exception" PyTorch
# 2.9 cannot resume from (context `raised exception ZeroDivisionError([ConstantVariable(...)])`):
# the frame is skipped and runs eagerly.
import torch


def parse(s):
    return int(s)


@torch.compile(backend="eager", fullgraph=True)
def f(x, d):
    try:
        v = 1 / 0
    except ZeroDivisionError:
        v = 5
    try:
        w = d["missing"]
    except KeyError as e:
        w = len(e.args[0])
    try:
        n = parse("abc")
    except (TypeError, ValueError):
        n = -1
    return x * v + w + n


print(f(torch.ones(2), {"a": 1}))


@torch.compile(backend="eager")
def g(x):
    y = x + 1
    z = 1 / 0
    return y * z


try:
    g(torch.ones(2))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
