# torch.utils: the parts the playground has (hooks.RemovableHandle).


def swap_tensors(t1, t2):
    """This function swaps the content of the two Tensor objects.
    At a high level, this will make t1 have the content of t2 while preserving
    its identity.

    This will not work if t1 and t2 have different slots.
    """
    # torch/utils/__init__.py swap_tensors: the class, the __dict__ and the slots are swapped, then
    # the at::Tensor each Python object points to (torch._C._swap_tensor_impl). PyTorch also
    # refuses tensors with weak references or other owners of their TensorImpl (_use_count); the
    # playground's objects have no reference counts, so those checks are not made here.
    import torch
    torch._C._swap_tensor_impl(t1, t2)
