# Walking the backward graph: grad_fn names, next_functions, AccumulateGrad.variable, and a
# depth-first listing of a small graph.
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor(0.5, requires_grad=True)
x = torch.tensor([3.0, 4.0])
y = ((w * x).sum() + b).tanh()
print(y.grad_fn.name())


def walk(fn, depth=0):
    if fn is None:
        print("  " * depth + "None")
        return
    print("  " * depth + fn.name())
    if fn.name() == "AccumulateGrad":
        print("  " * depth + " variable", fn.variable)
    for nxt, nr in fn.next_functions:
        walk(nxt, depth + 1)


walk(y.grad_fn)
z = w * 2 + 1
print([(f.name() if f else None, n) for f, n in z.grad_fn.next_functions])
print(z.grad_fn.next_functions[0][0].next_functions)
