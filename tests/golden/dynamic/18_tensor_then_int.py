# Spec: docs/dynamic-shapes.md §Which dims are dynamic — PyTorch's
# test_structured_trace.py::test_recompiles (P15) and test_recompiles.py::
# test_automatic_dynamic_tensor_scalar_change (P17): a local that was a tensor and becomes an int
# is a SymInt on its first compile as an int (no 0/1 specialization).
import torch
from torch._dynamo.testing import CompileCounterWithBackend

cnt = CompileCounterWithBackend("eager")


def fn(x, y):
    return torch.add(x, y)


opt = torch.compile(fn, backend=cnt)
print(opt(torch.ones(2, 2), torch.ones(2, 2)))
print(opt(torch.ones(2, 2), 1))
print(opt(torch.ones(2, 2), 5))
print(cnt.frame_count)
cnt.graphs[1].print_readable()
