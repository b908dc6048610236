# nn.PixelShuffle / nn.PixelUnshuffle (F.pixel_shuffle, F.pixel_unshuffle) and nn.EmbeddingBag
# (F.embedding_bag): reprs, values, batch dims, errors, modes sum / mean / max with offsets,
# include_last_offset, padding_idx, per_sample_weights, 2-D input, empty bags and gradients.
import torch
import torch.nn as nn
import torch.nn.functional as F

ps = nn.PixelShuffle(2)
pu = nn.PixelUnshuffle(2)
print(ps, pu)
x = torch.arange(32.).view(1, 8, 2, 2)
y = ps(x)
print(y.shape, y[0, 1], y.is_contiguous())
print(torch.equal(pu(y), x), F.pixel_unshuffle(torch.arange(36.).view(1, 1, 6, 6), 3)[0, :, 0, 0])
print(F.pixel_shuffle(torch.arange(18.).view(2, 9, 1, 1), 3).shape, F.pixel_shuffle(torch.arange(12.).view(3, 4, 1), 1).shape)
print(F.pixel_shuffle(torch.arange(16.).view(2, 1, 4, 2, 1), 2).shape)
xg = torch.randn(1, 4, 2, 3, requires_grad=True)
out = F.pixel_shuffle(xg, 2)
print(out.grad_fn.name())
(out * torch.arange(24.).view(1, 1, 4, 6)).sum().backward()
print(xg.grad[0, 3])
z = torch.randn(1, 2, 4, 4, requires_grad=True)
u = F.pixel_unshuffle(z, 2)
print(u.grad_fn.name(), u.shape)
for f, args in [(F.pixel_shuffle, (torch.randn(4, 2), 2)), (F.pixel_shuffle, (torch.randn(1, 6, 2, 2), 2)),
                (F.pixel_shuffle, (torch.randn(1, 4, 2, 2), 0)), (F.pixel_unshuffle, (torch.randn(1, 1, 5, 4), 2)),
                (F.pixel_unshuffle, (torch.randn(1, 1, 4, 5), 2))]:
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__, e)

torch.manual_seed(0)
bag = nn.EmbeddingBag(10, 3, mode="sum")
print(bag, bag.weight[:2])
inp = torch.tensor([1, 2, 4, 5, 4, 3, 2, 9])
offsets = torch.tensor([0, 4])
print(bag(inp, offsets))
bag.mode = "mean"
print(bag(inp, offsets))
bag.mode = "max"
print(bag(inp, offsets))
print(nn.EmbeddingBag(5, 2), nn.EmbeddingBag(5, 2, mode="max", padding_idx=-1))
w = torch.randn(6, 4)
idx = torch.tensor([0, 2, 2, 5, 1, 3])
for mode in ["sum", "mean", "max"]:
    print(mode, F.embedding_bag(idx, w, torch.tensor([0, 2, 2, 5]), mode=mode))
    print(mode, F.embedding_bag(idx, w, torch.tensor([0, 2, 6]), mode=mode, include_last_offset=True))
    print(mode, F.embedding_bag(idx.view(2, 3), w, mode=mode))
    print(mode, F.embedding_bag(idx, w, torch.tensor([0, 3]), mode=mode, padding_idx=2))
print(F.embedding_bag(idx, w, torch.tensor([0, 3]), mode="sum", per_sample_weights=torch.linspace(0.5, 1.5, 6)))
torch.manual_seed(1)
pb = nn.EmbeddingBag(7, 3, mode="mean", padding_idx=0)
print(pb.weight[0], pb(torch.tensor([[0, 1, 2], [0, 0, 3]])))
emb = nn.EmbeddingBag.from_pretrained(torch.arange(12.).view(4, 3), mode="sum")
print(emb, emb.weight.requires_grad, emb(torch.tensor([[0, 3], [1, 1]])))

torch.manual_seed(2)
for mode in ["sum", "mean", "max"]:
    g = nn.EmbeddingBag(5, 2, mode=mode)
    out = g(torch.tensor([0, 1, 1, 4, 2]), torch.tensor([0, 3]))
    print(mode, out.grad_fn.name())
    (out * torch.tensor([[1., 2.], [3., 4.]])).sum().backward()
    print(g.weight.grad)
wps = torch.randn(4, 2, requires_grad=True)
psw = torch.tensor([1.0, 2.0, -1.0], requires_grad=True)
out = F.embedding_bag(torch.tensor([3, 0, 3]), wps, torch.tensor([0, 1]), mode="sum", per_sample_weights=psw)
out.sum().backward()
print(wps.grad, psw.grad)

for kw in [dict(input=torch.tensor([1, 2]), offsets=torch.tensor([1])),
           dict(input=torch.tensor([[1, 2]]), offsets=torch.tensor([0])),
           dict(input=torch.tensor([1, 2])),
           dict(input=torch.tensor([1, 2]), offsets=torch.tensor([0]), mode="median"),
           dict(input=torch.tensor([1, 2]), offsets=torch.tensor([0]), mode="mean",
                per_sample_weights=torch.ones(2))]:
    try:
        F.embedding_bag(weight=w, **kw)
    except Exception as e:
        print(type(e).__name__, e)
for offs in [torch.tensor([0, 3]), torch.tensor([0, 3], dtype=torch.int32)]:
    try:
        F.embedding_bag(torch.tensor([1, 2]), w, offs)
    except Exception as e:
        print(type(e).__name__, e)
print(F.embedding_bag(torch.tensor([1, 2], dtype=torch.int32), w, torch.tensor([0, 1]), mode="sum"))
(u * torch.arange(32.).view(1, 8, 2, 2)).sum().backward()
print(z.grad[0, 1])
from torch.nn.modules.activation import ReLU, MultiheadAttention
from torch.nn.modules.linear import NonDynamicallyQuantizableLinear, Identity
from torch.nn.modules.sparse import Embedding, EmbeddingBag
print(ReLU(), Identity(), Embedding(2, 3), NonDynamicallyQuantizableLinear(2, 1))
