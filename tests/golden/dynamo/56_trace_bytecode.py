# logs: trace_bytecode
# Spec: docs/dynamo-formats.md §2.2 (TRACE {opname} {str(argval)} {stack}), §2.4; Python 3.11 bytecode (PRECALL, NULL below the callable)
import torch


def f(x):
    y = x + 1
    return y.sin() * 2


print(torch.compile(f, backend="eager")(torch.zeros(2)))
