# Expected output derived from: PyTorch test/cpp/jit/test_custom_class_registrations.cpp: _TensorQueue(init) with push/pop (FIFO, returns init when empty)/size.
import torch
q = torch.classes._TorchScriptTesting._TensorQueue(torch.tensor(-1.0))
print(q.size())
q.push(torch.tensor([1.0, 2.0]))
q.push(torch.tensor(3))
print(q.size())
print(q.pop())
print(q.size(), q.pop(), q.size())
print(q.pop())
