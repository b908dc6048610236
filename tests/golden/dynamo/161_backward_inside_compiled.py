# logs: graph_breaks,graph_code
# Spec: docs/autograd.md §Dynamo — `loss.backward()` inside a compiled function is not traced:
# GB0123 "Unsupported Tensor.backward() call" (fundamental); the forward before it is one graph,
# the backward runs eagerly through that graph's ops, and the gradients are eager's.
import torch


@torch.compile(backend="eager")
def train_step(w, x, y):
    loss = ((x @ w - y) ** 2).mean()
    loss.backward()
    return loss.detach()


x = torch.tensor([[1.0, 2.0], [3.0, -1.0], [0.5, 0.5]])
y = torch.tensor([1.0, 0.0, 2.0])
w = torch.tensor([0.5, -0.25], requires_grad=True)
print(train_step(w, x, y))
print(w.grad)
w2 = torch.tensor([0.5, -0.25], requires_grad=True)
((x @ w2 - y) ** 2).mean().backward()
print(torch.equal(w.grad, w2.grad))
