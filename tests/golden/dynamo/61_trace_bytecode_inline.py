# logs: trace_bytecode
# Spec: docs/dynamo-formats.md §2.4 (the inlined callee starts with an empty stack; 3.11 CALL layout [NullVariable, UserFunctionVariable(), ...])
import torch


def g(a, b):
    return a - b


def f(x):
    return g(x, 3)


print(torch.compile(f, backend="eager")(torch.ones(2)))
