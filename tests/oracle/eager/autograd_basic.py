# backward() through elementwise ops: leaf gradients, is_leaf, grad_fn names and next_functions.
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
w = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)
y = (x * w + x ** 2).sum()
print(y, y.is_leaf, x.is_leaf, y.requires_grad)
y.backward()
print(x.grad, w.grad)
print(type(y.grad_fn).__name__, y.grad_fn.name())
print([type(f).__name__ if f is not None else None for f, _ in y.grad_fn.next_functions])
z = x * 2
print(z.grad_fn.next_functions[0][0].variable is x, z.grad_fn.next_functions[1])
print(x.grad_fn, (x + 1).grad_fn is not None)
