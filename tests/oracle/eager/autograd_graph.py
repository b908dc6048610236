# The recorded graph: grad_fn names, next_functions chains, AccumulateGrad.variable, shared leaves.
import torch

a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0, 4.0], requires_grad=True)
c = a * b
d = c.exp() + a
e = d.sum()


def walk(fn, depth=0):
    if fn is None:
        print("  " * depth + "None")
        return
    print("  " * depth + type(fn).__name__)
    for nxt, _ in fn.next_functions:
        walk(nxt, depth + 1)


walk(e.grad_fn)
acc = d.grad_fn.next_functions[1][0]
print(acc.variable is a, acc is c.grad_fn.next_functions[0][0])
print(e.grad_fn is e.grad_fn, c.grad_fn.name())
e.backward()
print(a.grad, b.grad)
