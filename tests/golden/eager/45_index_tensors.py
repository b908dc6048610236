# Expected output derived from: PyTorch's indexing rules (torch/csrc/autograd/python_variable_indexing.cpp:
# a list index with no tensor/sequence/slice/None/Ellipsis item becomes an int64 index tensor, or a
# bool mask when all items are bools; integer index tensors select along dim 0 and their shape
# replaces it; several advanced indices broadcast together; a bool mask selects the True
# positions) and torch/_tensor_str.py printing (ints padded to the widest element).
import torch

x = torch.arange(12).reshape(3, 4)
print(x[torch.tensor([2, 0])])
print(x[torch.tensor([[0], [2]])].shape, x[[]].shape)
print(x[[0, 2], [1, 3]], x[[2, 1, 0]][0])
print(x[:, [0, 3]])
print(x[torch.tensor([True, False, True])])
print(x[[True, False, True]])
print(x[x % 2 == 0])
y = torch.zeros(4)
y[[1, 3]] = 5.0
print(y)
y[torch.tensor([0])] = torch.tensor([7.0])
print(y)
y[y > 4] = -1.0
print(y)
z = torch.zeros(2, 3, dtype=torch.int64)
z[:, [0, 2]] = torch.tensor([[1, 2], [3, 4]])
print(z)
z[[0, 1], [1, 1]] = 9
print(z, z[[1, 0]][:, 1])
