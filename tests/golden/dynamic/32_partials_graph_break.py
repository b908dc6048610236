# logs: graph_code
# Spec: docs/dynamic-shapes.md §Symbols in the graph — PyTorch's
# test_functions.py::test_partials_graph_break_reconstruct, dynamic variant (P5): partials whose
# keyword is a symbolic-size tensor survive a graph break; the graph after it is traced with
# x's duck-sized symbol (both dims share one).
import functools

import torch


def udf_mul(x, y):
    return x * y


def fn(udf_mul_0, udf_mul_1, x):
    lambda0 = functools.partial(udf_mul_0, y=x)
    lambda1 = functools.partial(udf_mul_1, y=x)

    print("break")
    return torch.mul(lambda0(x), lambda1(x))


x = torch.ones(2, 2) * 3
opt = torch.compile(fn, backend="eager", dynamic=True)
print(opt(udf_mul, udf_mul, x))
print(fn(udf_mul, udf_mul, x))
