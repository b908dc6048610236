# The model zoo's index ops (issue 20): scatter / scatter_ (src and value), scatter_add /
# scatter_add_, repeat_interleave (int, tensor repeats, dim) and torch.einsum (explicit and implicit
# outputs, '...', batched contractions, outer products, sums), with gradients and error texts.
import torch

src = torch.arange(1., 11.).reshape(2, 5)
index = torch.tensor([[0, 1, 2, 0]])
print("scatter_", torch.zeros(3, 5, dtype=src.dtype).scatter_(0, index, src))
print("scatter dim1", torch.zeros(2, 6).scatter(1, torch.tensor([[5, 0], [1, 3]]), src))
print("scatter value", torch.zeros(3, 5).scatter(1, torch.tensor([[0, 1], [2, 3]]), 7.0))
print("scatter_ value", torch.full((2, 4), 2).scatter_(1, torch.tensor([[3], [0]]), 9))
print("scatter negative dim", torch.zeros(2, 3).scatter(-1, torch.tensor([[2, 1], [0, 0]]), 1.5))
print("scatter_add", torch.zeros(3, 5).scatter_add(0, torch.tensor([[0, 1, 2, 0, 0], [1, 1, 1, 0, 0]]), src))
t = torch.ones(4)
t.scatter_add_(0, torch.tensor([0, 0, 3, 3, 3]), torch.tensor([0.1, 0.2, 0.3, 0.4, 0.5]))
print("scatter_add_", t)
print("scatter_add int", torch.zeros(2, dtype=torch.long).scatter_add(0, torch.tensor([1, 1, 0]), torch.tensor([5, 6, 7])))
counts = torch.zeros(4).scatter_add(0, torch.tensor([3, 1, 3, 3]), torch.ones(4))
print("bincount-like", counts)

print("index_add", torch.ones(5, 3).index_add(0, torch.tensor([0, 4, 2, 0]), torch.arange(12.).reshape(4, 3), alpha=2))
t = torch.zeros(2, 4, dtype=torch.long)
t.index_add_(1, torch.tensor([3, 3, 1]), torch.tensor([[1, 2, 3], [4, 5, 6]]))
print("index_add_", t)
print("repeat_interleave", torch.tensor([1, 2, 3]).repeat_interleave(2))
print("repeat_interleave dim0", torch.tensor([[1, 2], [3, 4]]).repeat_interleave(torch.tensor([1, 2]), dim=0))
print("repeat_interleave dim1", torch.repeat_interleave(torch.tensor([[1., 2.], [3., 4.]]), 3, dim=1))
print("repeat_interleave flat", torch.repeat_interleave(torch.tensor([[1, 2], [3, 4]]), 2))
print("repeat_interleave tensor", torch.tensor([5, 6, 7]).repeat_interleave(torch.tensor([0, 3, 1])))
print("repeat_interleave neg dim", torch.arange(6.).reshape(2, 3).repeat_interleave(2, dim=-1))

torch.manual_seed(0)
a = torch.randn(2, 3, 4)
b = torch.randn(2, 4, 5)
print("einsum bmm", torch.einsum("bij,bjk->bik", a, b))
print("einsum implicit", torch.einsum("bij,bjk", a, b).shape)
print("einsum transpose", torch.einsum("ij->ji", a[0]))
print("einsum sum", torch.einsum("bij->", a))
print("einsum row sums", torch.einsum("bij->bi", a))
print("einsum outer", torch.einsum("i,j->ij", torch.arange(3.), torch.arange(4.)))
print("einsum dot", torch.einsum("i,i->", torch.arange(3.), torch.arange(3.)))
print("einsum ellipsis", torch.einsum("...ij,...jk->...ik", a, b).shape)
print("einsum ellipsis implicit", torch.einsum("...ij,jk", a, b[0]))
print("einsum list", torch.einsum("ij,jk->ik", [a[0], b[0]]))
q = torch.randn(1, 2, 3, 4)
k = torch.randn(1, 2, 5, 4)
print("einsum attention", torch.einsum("bhqd,bhkd->bhqk", q, k))
print("einsum three", torch.einsum("ij,jk,kl->il", a[0], b[0], torch.randn(5, 2)))
print("einsum broadcast", torch.einsum("bij,j->bi", a, torch.ones(4)))
ag = a.clone().requires_grad_(True)
bg = b.clone().requires_grad_(True)
torch.einsum("bij,bjk->bik", ag, bg).pow(2).sum().backward()
print("einsum grads", ag.grad, bg.grad)

sg = torch.randn(2, 3, requires_grad=True)
base = torch.randn(3, 3, requires_grad=True)
out = base.scatter(0, torch.tensor([[0, 2, 1], [2, 0, 0]]), sg)
print(out.grad_fn.name())
(out * torch.arange(9.).reshape(3, 3)).sum().backward()
print("scatter grads", base.grad, sg.grad)
base.grad = None
sg.grad = None
out = base.scatter_add(1, torch.tensor([[0, 0, 1], [2, 2, 2]]), sg)
print(out.grad_fn.name())
(out * torch.arange(9.).reshape(3, 3)).sum().backward()
print("scatter_add grads", base.grad, sg.grad)
base.grad = None
sg.grad = None
out = base.index_add(1, torch.tensor([2, 0, 2]), sg.repeat(2, 1)[:3], alpha=0.5)
print(out.grad_fn.name())
(out * torch.arange(9.).reshape(3, 3)).sum().backward()
print("index_add grads", base.grad, sg.grad)
rg = torch.tensor([1., 2., 3.], requires_grad=True)
(rg.repeat_interleave(2) * torch.arange(6.)).sum().backward()
print("repeat_interleave grad", rg.grad)

for f in [lambda: torch.zeros(3).scatter(0, torch.tensor([1.0]), 1.0),
          lambda: torch.zeros(3).scatter(0, torch.tensor([5]), 1.0),
          lambda: torch.zeros(3, 2).scatter(0, torch.tensor([0]), torch.ones(3, 2)),
          lambda: torch.zeros(3).scatter_add(0, torch.tensor([0]), torch.ones(1, dtype=torch.long)),
          lambda: torch.zeros(2, 2).scatter_add(0, torch.tensor([[0, 1, 0]]), torch.ones(2, 2)),
          lambda: torch.zeros(3).index_add(0, torch.tensor([0, 1]), torch.ones(3)),
          lambda: torch.zeros(3).index_add(0, torch.tensor([5]), torch.ones(1)),
          lambda: torch.zeros(3).index_add(0, torch.tensor([0]), torch.ones(1, dtype=torch.long)),
          lambda: torch.tensor([1, 2]).repeat_interleave(torch.tensor([1, -1])),
          lambda: torch.tensor([1, 2]).repeat_interleave(torch.tensor([1, 2, 3])),
          lambda: torch.einsum("ij,jk->ik", a[0]),
          lambda: torch.einsum("ij->ik", a[0]),
          lambda: torch.einsum("ijk->i", a[0]),
          lambda: torch.einsum("ij,jk->ik", a[0], a[0]),
          lambda: torch.einsum("ij->jj", a[0])]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
