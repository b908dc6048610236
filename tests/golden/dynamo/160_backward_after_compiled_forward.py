# logs: graph_code
# Spec: docs/autograd.md §Dynamo — with backend="eager" the captured graph's ops run eagerly, so
# autograd records through them: loss.backward() after a compiled forward fills the leaves' .grad
# exactly as eager does, and outputs carry the eager ops' grad_fn names. The graph code is the
# same whether the inputs require grad or not.
import torch


def step(x, w, b):
    h = torch.tanh(x @ w + b)
    return (h * h).mean()


compiled = torch.compile(step, backend="eager")
x = torch.tensor([[0.5, -1.0], [2.0, 0.25]])
grads = []
for fn in (step, compiled):
    w = torch.tensor([[1.0, 0.5], [-0.5, 2.0]], requires_grad=True)
    b = torch.tensor([0.1, -0.2], requires_grad=True)
    loss = fn(x, w, b)
    loss.backward()
    print(loss, loss.grad_fn)
    print(w.grad)
    print(b.grad)
    grads.append((w.grad, b.grad))
print(torch.equal(grads[0][0], grads[1][0]), torch.equal(grads[0][1], grads[1][1]))
