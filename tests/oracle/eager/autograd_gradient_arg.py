# backward(gradient=...) for non-scalar outputs, and vector-Jacobian products.
import torch

x = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
y = x * x
y.backward(torch.tensor([[1.0, 0.0], [0.5, 2.0]]))
print(x.grad)
x.grad = None
y = x @ x
y.backward(gradient=torch.ones(2, 2))
print(x.grad)
