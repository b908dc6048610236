# torch.func behaviour of PyTorch 2.x that the oracle (PyTorch 1.13's functorch) cannot print, so
# the expected output is reviewed by hand against PyTorch 2.9's sources (torch/_functorch/vmap.py,
# apis.py, eager_transforms.py, torch/utils/_pytree.py):
# - vmap's chunk_size (any chunk size gives the same values) and out_dims=None (an output that is
#   the same for every example is returned as is; one that depends on the mapped input is
#   refused: "can not return a BatchedTensor when out_dim is None". The playground's loop cannot
#   see batching: it refuses an output whose values differ between examples);
# - the error texts changed since 1.13: a non-tensor output ("Did you mean to set out_dims= to
#   None for output?"), `out_dims` "must be an int, None or a python collection of ints", the
#   TreeSpec repr (one child per line, _pytree.TreeSpec.__repr__), vjp of a function returning
#   None (None is a pytree node without leaves: "got output = []");
# - linearize (new in 2.0): the output and a jvp_fn giving jvp's values;
# - vmap over a dimension of size 0 is a playground limitation (its loop has no example to run);
# - an input that already requires grad: the transform keeps the graph, so the result has a
#   grad_fn (the playground's names the last op of its emulation: not compared here) and can be
#   differentiated again by torch.autograd.
import torch
from torch.func import vmap, grad, jvp, vjp, jacrev, linearize

x = torch.arange(10.).view(5, 2)
print(vmap(lambda t: t.sum(), chunk_size=2)(x))
print(vmap(lambda t: t * 2, chunk_size=1)(x))
print(vmap(lambda t: (t, 7, torch.ones(2)), out_dims=(0, None, None))(x))

cases = [
    lambda: vmap(lambda t: t * 2, out_dims=None)(torch.arange(2.)),
    lambda: vmap(torch.sin, chunk_size=0)(torch.ones(2)),
    lambda: vmap(lambda t: 1.0)(torch.ones(2)),
    lambda: vmap(lambda t: (t, "a"))(torch.ones(2)),
    lambda: vmap(torch.dot, in_dims=(0,))(torch.ones(2, 3), torch.ones(2, 3)),
    lambda: vmap(torch.sin, out_dims=(0, 1))(torch.ones(2)),
    lambda: vmap(torch.sin, out_dims="x")(torch.ones(2)),
    lambda: jvp(torch.sin, (torch.ones(2),), (torch.ones(2), torch.ones(2))),
    lambda: vjp(lambda t: None, torch.ones(2)),
    lambda: vjp(torch.sin, torch.ones(2))[1]((torch.ones(2),)),
    lambda: jacrev(torch.sin, chunk_size=0),
    lambda: vmap(torch.sin, in_dims=0)(torch.ones(0, 2)),
]
for case in cases:
    try:
        print(case())
    except (RuntimeError, ValueError, NotImplementedError) as e:
        print(type(e).__name__, e)

out, jvp_fn = linearize(torch.sin, torch.tensor([0.0, 1.0, 2.0]))
print(out)
print(jvp_fn(torch.ones(3)))
print(jvp_fn(torch.tensor([1.0, 0.0, 2.0])))
print(jvp(torch.sin, (torch.tensor([0.0, 1.0, 2.0]),), (torch.tensor([1.0, 0.0, 2.0]),))[1])

w = torch.tensor([1.0, 2.0], requires_grad=True)
g = grad(lambda t: (t ** 3).sum())(w)
print(g.requires_grad, g.detach())
g.sum().backward()
print(w.grad)
