# logs: graph_code
# Spec: docs/dynamic-shapes.md §Symbols in the graph — PyTorch's
# test_functions.py::test_partials_graph_break_reconstruct_args_and_kwargs, dynamic variant (P5b):
# positional and keyword arguments of partials are folded into the graph (l_x_ * 4, 20 * l_x_).
import functools

import torch


def udf_mul2(x, y, z):
    return x * y * z


def fn(udf_mul_0, x):
    lambda0 = functools.partial(udf_mul_0, x, 4, z=x)
    lambda1 = functools.partial(udf_mul_0, 4, z=x)

    return torch.mul(lambda0(), lambda1(5))


x = torch.ones(2, 2) * 2
opt = torch.compile(fn, backend="eager", dynamic=True)
print(opt(udf_mul2, x))
print(fn(udf_mul2, x))
