# Expected output derived from: PyTorch test/cpp/jit/test_custom_class_registrations.cpp: _Foo(x, y).info() == x * y, add(z) == (x + y) * z, increment(z) adds z to both.
import torch
f = torch.classes._TorchScriptTesting._Foo(10, 20)
print(f.info())
print(f.add(3))
f.increment(1)
print(f.info(), f.add(1))
