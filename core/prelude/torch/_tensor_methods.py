# Tensor methods PyTorch defines in Python or in its legacy bindings: Tensor.type (the legacy
# type names, torch/csrc/utils/tensor_types.cpp) and Tensor.new_tensor (tensor_new.cpp: a copy of
# the data with self's dtype unless dtype= is given).
import torch

_LEGACY = {repr(t.dtype): "torch." + t.__name__ for t in torch._tensor_classes}
_BY_NAME = {v: k for k, v in _LEGACY.items()}


def _type(self, dtype=None, non_blocking=False):
    if dtype is None:
        return _LEGACY[repr(self.dtype)]
    if isinstance(dtype, str):
        if dtype not in _BY_NAME:
            raise ValueError("invalid type: '" + dtype + "'")
        dtype = getattr(torch, _BY_NAME[dtype][len("torch."):])
    return self.to(dtype)


def _new_tensor(self, data, dtype=None, device=None, requires_grad=False):
    return torch.tensor(data, dtype=self.dtype if dtype is None else dtype, requires_grad=requires_grad)


torch._add_tensor_method("type", _type)
torch._add_tensor_method("new_tensor", _new_tensor)

torch._add_tensor_method("is_cuda", property(lambda self: False))
# Every playground tensor is a dense strided CPU tensor (Tensor.is_cpu, is_sparse, ... in
# torch/_C/__init__.pyi).
torch._add_tensor_method("is_cpu", property(lambda self: True))
for _name in ("is_meta", "is_mps", "is_xpu", "is_sparse", "is_quantized", "is_mkldnn", "is_nested"):
    torch._add_tensor_method(_name, property(lambda self: False))
del _name


# torch.true_divide / Tensor.true_divide(_): aliases of div / div_ (native_functions.yaml).
def _true_divide(self, other):
    return torch.div(self, other)


def _true_divide_(self, other):
    return self.div_(other)


torch.true_divide = _true_divide
torch._add_tensor_method("true_divide", _true_divide)
torch._add_tensor_method("true_divide_", _true_divide_)


def _cuda(self, device=None, non_blocking=False, memory_format=None):
    # PyTorch built without CUDA (the playground's one device is the CPU) raises this.
    raise AssertionError("Torch not compiled with CUDA enabled")


torch._add_tensor_method("cuda", _cuda)



def _sum_to_size(self, *size):
    # Tensor.sum_to_size (aten/src/ATen/native/ReduceOps.cpp sum_to_size, ExpandUtils.h sum_to): sums
    # the leading dimensions away and the dimensions `size` has as 1, keeping them.
    if len(size) == 1 and isinstance(size[0], (tuple, list, torch.Size)):
        size = tuple(size[0])
    shape = tuple(self.shape)
    expandable = len(size) <= len(shape)
    if expandable:
        for s, t in zip(reversed(size), reversed(shape)):
            if s != t and s != 1:
                expandable = False
                break
    if not expandable:
        raise RuntimeError("size {" + str(list(size)) + "} is not expandable to size {" + str(list(shape)) + "}.")
    lead = len(shape) - len(size)
    dims = list(range(lead)) + [lead + i for i, s in enumerate(size) if s == 1 and shape[lead + i] != 1]
    result = self
    if dims:
        result = self.sum(dims, keepdim=True)
    if lead:
        result = result.view(size)
    return result


torch._add_tensor_method("sum_to_size", _sum_to_size)

torch._add_tensor_method("det", lambda self: torch.functional.det(self))


# Tensor.is_complex / is_signed (TensorBase methods): the playground has no complex dtypes; signed
# is the dtype's is_signed. Tensor.get_device: -1 for a CPU tensor. Tensor.is_same_size: equal sizes.
torch._add_tensor_method("is_complex", lambda self: False)
torch._add_tensor_method("is_signed", lambda self: self.dtype.is_signed)
torch._add_tensor_method("get_device", lambda self: -1)
torch._add_tensor_method("is_same_size", lambda self, other: self.size() == other.size())
