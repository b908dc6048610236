# logs: recompiles
# Spec: docs/dynamic-shapes.md §Recompiles — PyTorch's
# test_misc.py::test_guard_failure_fn_shape_control (P13): with automatic dynamic off, the 5x5
# call fails the static graph's TENSOR_MATCH on x's size.
import torch

torch._dynamo.config.automatic_dynamic_shapes = False


def fn(x, y):
    if x.shape[0] < 4:
        if y.shape[0] < 3:
            return x * y
        else:
            return x + y
    else:
        return -1


opt_fn = torch.compile(fn, backend="eager")
print(opt_fn(torch.ones([2, 2]), torch.ones([2, 2])))
print(opt_fn(torch.ones([5, 5]), torch.ones([5, 5])))
