# From PyTorch 2.9 docs/source/notes/broadcasting.rst ("Broadcasting semantics"), its doctest lines
# pasted as written, each expression printed; the error lines in a try that prints the
# RuntimeError (the page's own output shows them); the FloatTensor(...) constructors make
# uninitialized tensors, so only sizes are printed. Every line equals PyTorch 1.13's output.
import torch

x=torch.FloatTensor(5,7,3)
y=torch.FloatTensor(5,7,3)
print((x+y).size())

x=torch.FloatTensor()
y=torch.FloatTensor(2,2)
print(x.size(), y.size())

x=torch.FloatTensor(5,3,4,1)
y=torch.FloatTensor(  3,1,1)
print((x+y).size())

x=torch.FloatTensor(5,2,4,1)
y=torch.FloatTensor(  3,1,1)
try:
    (x+y).size()
except RuntimeError as e:
    print(f"RuntimeError: {e}")

x=torch.FloatTensor(5,1,4,1)
y=torch.FloatTensor(  3,1,1)
print((x+y).size())

x=torch.FloatTensor(1)
y=torch.FloatTensor(3,1,7)
print((x+y).size())

x=torch.FloatTensor(5,2,4,1)
y=torch.FloatTensor(3,1,1)
try:
    print((x+y).size())
except RuntimeError as e:
    print(f"RuntimeError: {e}")

x=torch.FloatTensor(5,3,4,1)
y=torch.FloatTensor(3,1,1)
print((x.add_(y)).size())

x=torch.FloatTensor(1,3,1)
y=torch.FloatTensor(3,1,7)
try:
    print((x.add_(y)).size())
except RuntimeError as e:
    print(f"RuntimeError: {e}")

print(torch.add(torch.ones(4,1), torch.randn(4)).size())
print(torch.add(torch.ones(4,1), torch.ones(4)))
