# logs: recompiles
# Spec: docs/dynamic-shapes.md §Recompiles — P13: a static guard failure, then shape guards of the
# dynamic graph; P17 true/false flop: three frames with automatic dynamic.
import torch
from torch._dynamo.testing import CompileCounter

cnt = CompileCounter()


def fn(x, y):
    if x.shape[0] < 4:
        if y.shape[0] < 3:
            return x * y
        else:
            return x + y
    else:
        return -1


opt_fn = torch.compile(fn, backend=cnt)
print(opt_fn(torch.ones([2, 2]), torch.ones([2, 2])))
print(opt_fn(torch.ones([5, 5]), torch.ones([5, 5])))
print(opt_fn(torch.ones([3, 3]), torch.ones([3, 3])))
print(cnt.frame_count)
