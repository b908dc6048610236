# Spec: backends "eager", "aot_eager", "inductor" and callables compute the same values as eager
# eager-equal
import torch


def f(x, y):
    return torch.relu(x @ y - 1).sum(dim=0)


x = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
y = torch.tensor([[1.0, 0.0], [0.5, 1.0]])
for backend in ["eager", "aot_eager", "inductor"]:
    torch._dynamo.reset()
    print(backend, torch.compile(f, backend=backend)(x, y))


def my_backend(gm, example_inputs):
    return gm.forward


torch._dynamo.reset()
print("callable", torch.compile(f, backend=my_backend)(x, y))
