# Error texts of backward and of in-place ops on leaves.
import torch

x = torch.ones(3, requires_grad=True)
try:
    (x * 2).backward()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    torch.ones(2).sum().backward()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    x.add_(1)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    (x * 2).backward(torch.ones(2))
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    (x * 2).requires_grad_(False)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    torch.ones(2).retain_grad()
except RuntimeError as e:
    print(type(e).__name__, e)
with torch.no_grad():
    x.add_(1)
print(x)
