# Common torch.nn.functional helpers real programs use: F.pad (constant, reflect, replicate,
# circular; negative padding), F.one_hot, F.normalize, F.cosine_similarity, F.pairwise_distance,
# torch.cdist (direct kernel and the matrix-product path for more than 25 rows), torch.baddbmm /
# Tensor.baddbmm, F.interpolate(mode='nearest') on 3-D inputs, their modules, values, dtypes,
# grad_fns, gradients and error texts (docs/models.md, "Padding, distances, one_hot").
import torch
import torch.nn as nn
import torch.nn.functional as F


def err(f):
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)


torch.manual_seed(0)
x = torch.randn(1, 2, 3)
print("pad constant", F.pad(x, (1, 2)))
print("pad value", F.pad(x, (1, 1, 1, 0), value=-1.5))
print("pad negative", F.pad(x, (-1, 1)), F.pad(x, [0, 0, -1, 0]).shape, F.pad(x, (-2, -1)).shape,
      F.pad(x, (-3, 1)))
print("pad int", F.pad(torch.arange(6).reshape(2, 3), (1, 1), value=7))
print("pad 1-D", F.pad(torch.arange(3.), (2, 0)))
print("pad reflect", F.pad(x, (2, 1), mode="reflect"))
print("pad replicate", F.pad(x, (2, 3), mode="replicate"))
print("pad circular", F.pad(x, (1, 2), mode="circular"))
z = torch.arange(12.).reshape(1, 1, 3, 4)
print("pad reflect 2d", F.pad(z, (1, 2, 2, 1), mode="reflect"))
print("pad replicate 2d", F.pad(z, (1, 1, 2, 0), mode="replicate"))
print("pad circular 2d", F.pad(z, (1, 2, 1, 1), mode="circular"))
print("pad reflect 3d input unbatched", F.pad(z[0], (1, 1, 1, 1), mode="reflect"))
vol = torch.arange(24.).reshape(1, 2, 3, 4)
print("pad reflect 3d", F.pad(vol, (1, 2, 1, 0, 1, 1), mode="reflect"))
print("pad replicate 3d", F.pad(vol[None], (0, 1, 2, 0, 1, 0), mode="replicate"))
print("pad circular 3d", F.pad(vol[None], (1, 0, 0, 1, 1, 1), mode="circular"))
print("pad replicate negative", F.pad(z, (-1, 2, 0, 0), mode="replicate"))

# Gradients and grad_fns.
xg = torch.randn(1, 2, 4, requires_grad=True)
w = torch.arange(1., 1. + 2 * 8).reshape(1, 2, 8)
for mode in ["constant", "reflect", "replicate"]:
    out = F.pad(xg, (3, 1), mode=mode)
    print(mode, out.grad_fn.name())
    (out * w).sum().backward()
    print("grad", xg.grad)
    xg.grad = None
out = F.pad(xg, (2, 2), mode="circular")
(out * w).sum().backward()
print("circular grad", xg.grad)
zg = torch.randn(1, 1, 3, 3, requires_grad=True)
w2 = torch.arange(1., 1. + 5 * 6).reshape(1, 1, 5, 6)
for mode in ["constant", "reflect", "replicate"]:
    out = F.pad(zg, (1, 2, 1, 1), mode=mode)
    print(mode, "2d", out.grad_fn.name())
    (out * w2).sum().backward()
    print("grad", zg.grad)
    zg.grad = None
vg3 = torch.randn(1, 2, 2, 3, requires_grad=True)
for mode in ["reflect", "replicate"]:
    out = F.pad(vg3, (1, 1, 1, 0, 1, 0), mode=mode)
    print(mode, "3d", out.grad_fn.name())
    (out * torch.arange(1., 1. + out.numel()).reshape(out.shape)).sum().backward()
    print("grad", vg3.grad)
    vg3.grad = None
out = F.pad(zg, (-1, 1, 0, 1))
print("negative", out.grad_fn.name(), out.shape)
(out * torch.arange(1., 1. + 12).reshape(1, 1, 4, 3)).sum().backward()
print("grad", zg.grad)

for f in [lambda: F.pad(x, (1,)),
          lambda: F.pad(x, (1, 1, 1, 1, 1, 1, 1, 1)),
          lambda: F.pad(x, (1, 1), mode="bogus"),
          lambda: F.pad(x, (3, 0), mode="reflect"),
          lambda: F.pad(x, (1, 1), mode="reflect", value=2.0),
          lambda: F.pad(x, (1, 1), mode="reflect", value=0),
          lambda: F.pad(x, (4, 0), mode="circular"),
          lambda: F.pad(torch.randn(3), (1, 1), mode="reflect"),
          lambda: F.pad(x, (1, 1, 1, 1), mode="replicate"),
          lambda: F.pad(vol, (1, 1, 1, 1, 2, 0), mode="reflect"),
          lambda: F.pad(vol, (1, 1), mode="replicate"),
          lambda: F.pad(x, 1),
          lambda: F.pad(x, [1, 1], 3)]:
    err(f)

print(nn.ZeroPad2d(2), nn.ZeroPad2d((1, 2, 0, 1)), nn.ConstantPad1d(2, 3.5), nn.ConstantPad2d((1, 0, 0, 1), -1.0))
print(nn.ReflectionPad1d(2), nn.ReflectionPad2d((1, 1, 2, 0)), nn.ReplicationPad1d((0, 3)), nn.ReplicationPad2d(1))
print(nn.ZeroPad2d((1, 2, 0, 1))(z))
print(nn.ConstantPad1d(2, 3.5)(x), nn.ConstantPad2d(1, 0.5)(z).shape)
print(nn.ReflectionPad2d(1)(z), nn.ReplicationPad1d((0, 3))(x))

# one_hot.
print("one_hot", F.one_hot(torch.tensor([0, 3, 1])), F.one_hot(torch.tensor([[1], [0]]), 3))
print(F.one_hot(torch.tensor([2, 0]), num_classes=5).dtype, F.one_hot(torch.zeros(0, dtype=torch.long), 4).shape)
for f in [lambda: F.one_hot(torch.tensor([1., 2.])),
          lambda: F.one_hot(torch.tensor([-1, 2])),
          lambda: F.one_hot(torch.tensor([1, 4]), 3),
          lambda: F.one_hot(torch.zeros(0, dtype=torch.long)),
          lambda: F.one_hot([1, 2]),
          lambda: F.one_hot(torch.tensor([1]), 2.0),
          lambda: F.pad([1.0], (1, 1)),
          lambda: F.cosine_similarity([1.0], torch.ones(2)),
          lambda: F.pairwise_distance(torch.ones(2), 1.0),
          lambda: torch.cdist(torch.ones(2, 2), [[1.0]])]:
    err(f)

# normalize, cosine_similarity, pairwise_distance.
a = torch.randn(3, 5)
b = torch.randn(3, 5)
print("normalize", F.normalize(a), F.normalize(a, dim=0), F.normalize(a, p=1.0, dim=-1))
print("normalize zero row", F.normalize(torch.tensor([[0., 0.], [3., 4.]])))
print("cosine", F.cosine_similarity(a, b), F.cosine_similarity(a, b, dim=0))
print("cosine broadcast", F.cosine_similarity(a, b[0]), F.cosine_similarity(a[:, None, :], b[None, :, :], dim=-1))
print("cosine zero", F.cosine_similarity(torch.zeros(2, 3), torch.ones(2, 3)))
print("cosine int", F.cosine_similarity(torch.tensor([[1, 2, 3]]), torch.tensor([[1., 0., 1.]])))
print("cosine double", F.cosine_similarity(a.double(), b.double()).dtype)
print("pairwise", F.pairwise_distance(a, b), F.pairwise_distance(a, b, p=1.0, keepdim=True))
print(nn.CosineSimilarity(), nn.CosineSimilarity(dim=0, eps=1e-6), nn.PairwiseDistance(), nn.PairwiseDistance(p=1.0))
print(nn.CosineSimilarity(dim=1)(a, b), nn.PairwiseDistance(keepdim=True)(a, b))
for f in [lambda: F.cosine_similarity(torch.tensor([[1, 2]]), torch.tensor([[1, 0]])),
          lambda: F.cosine_similarity(a, torch.randn(4, 5)),
          lambda: F.cosine_similarity(a, b, dim=2)]:
    err(f)

ag = a.clone().requires_grad_()
bg = b.clone().requires_grad_()
out = F.normalize(ag)
print(out.grad_fn.name(), out.grad_fn.next_functions[1][0].name(),
      out.grad_fn.next_functions[1][0].next_functions[0][0].name())
(out * b).sum().backward()
print("normalize grad", ag.grad)
ag.grad = None
out = F.cosine_similarity(ag, bg)
print(out.grad_fn.name())
(out * torch.tensor([1., -2., 3.])).sum().backward()
print("cosine grads", ag.grad, bg.grad)
ag.grad = None
bg.grad = None
out = F.pairwise_distance(ag, bg)
print(out.grad_fn.name())
(out * torch.tensor([1., -2., 3.])).sum().backward()
print("pairwise grads", ag.grad, bg.grad)

# cdist.
p1 = torch.randn(4, 3)
p2 = torch.randn(5, 3)
for p in [2.0, 1.0, 0.0, 3.0, float("inf")]:
    print("cdist p", p, torch.cdist(p1, p2, p=p))
print("cdist batched", torch.cdist(torch.randn(2, 3, 2), torch.randn(2, 4, 2)))
print("cdist broadcast", torch.cdist(torch.randn(2, 1, 3, 2), torch.randn(4, 2)).shape)
q1 = torch.randn(30, 4)
q2 = torch.randn(6, 4)
big = torch.cdist(q1, q2)
print("cdist mm path", big[:3], big[-2:])
print("cdist modes", torch.cdist(p1, p2, compute_mode="use_mm_for_euclid_dist"),
      torch.cdist(q1, q2, compute_mode="donot_use_mm_for_euclid_dist")[:2])
for f in [lambda: torch.cdist(torch.randn(3), torch.randn(2, 3)),
          lambda: torch.cdist(torch.randn(2, 3), torch.randn(2, 4)),
          lambda: torch.cdist(torch.ones(2, 3, dtype=torch.long), torch.ones(2, 3, dtype=torch.long)),
          lambda: torch.cdist(p1, p2, p=-1.0),
          lambda: torch.cdist(p1, p2, compute_mode="fast")]:
    err(f)
pg = p1.clone().requires_grad_()
qg = p2.clone().requires_grad_()
for p in [2.0, 1.0, 3.0, 1.5, 0.5, float("inf")]:
    out = torch.cdist(pg, qg, p=p)
    print("cdist", p, out.grad_fn.name())
    (out * torch.arange(20.).reshape(4, 5)).sum().backward()
    print("grads", pg.grad, qg.grad)
    pg.grad = None
    qg.grad = None
q1g = q1.clone().requires_grad_()
q2g = q2.clone().requires_grad_()
out = torch.cdist(q1g, q2g)
print("cdist mm", out.grad_fn.name(), out.grad_fn.next_functions[0][0].name())
(out * torch.arange(180.).reshape(30, 6)).sum().backward()
print("grads", q1g.grad[:2], q2g.grad)

# baddbmm.
s = torch.randn(2, 3, 4)
b1 = torch.randn(2, 3, 5)
b2 = torch.randn(2, 5, 4)
print("baddbmm", torch.baddbmm(s, b1, b2))
print("baddbmm beta alpha", torch.baddbmm(s, b1, b2, beta=0.5, alpha=2.0), s.baddbmm(b1, b2, beta=0))
print("baddbmm broadcast", torch.baddbmm(torch.randn(4), b1, b2).shape, torch.baddbmm(torch.randn(3, 1), b1, b2)[0])
big1 = torch.randn(2, 8, 10)
big2 = torch.randn(2, 10, 6)
print("baddbmm large", torch.baddbmm(torch.randn(2, 8, 6), big1, big2)[1, :2])
print("baddbmm int", torch.baddbmm(torch.ones(1, 2, 2, dtype=torch.long), torch.ones(1, 2, 3, dtype=torch.long),
                                   torch.ones(1, 3, 2, dtype=torch.long), alpha=2))
for f in [lambda: torch.baddbmm(s, b1, torch.randn(2, 4, 4)),
          lambda: torch.baddbmm(torch.randn(3, 3), b1, b2),
          lambda: torch.baddbmm(s, b1[0], b2),
          lambda: torch.baddbmm(s.double(), b1, b2)]:
    err(f)
sg = s.clone().requires_grad_()
b1g = b1.clone().requires_grad_()
b2g = b2.clone().requires_grad_()
out = torch.baddbmm(sg, b1g, b2g, beta=0.5, alpha=-1.5)
print(out.grad_fn.name())
(out * torch.arange(24.).reshape(2, 3, 4)).sum().backward()
print("baddbmm grads", sg.grad, b1g.grad, b2g.grad)

# interpolate nearest on 3-D inputs.
v = torch.randn(1, 2, 5)
for kw in [dict(scale_factor=2), dict(size=8), dict(size=3), dict(scale_factor=1.5), dict(size=5),
           dict(scale_factor=0.5)]:
    print("interpolate 3d", kw, F.interpolate(v, **kw))
print(nn.Upsample(scale_factor=3)(v).shape)
vg = v.clone().requires_grad_()
out = F.interpolate(vg, size=7)
print(out.grad_fn.name())
(out * torch.arange(14.).reshape(1, 2, 7)).sum().backward()
print("nearest1d grad", vg.grad)
for kw in [dict(scale_factor=2), dict(size=8), dict(size=3, align_corners=True), dict(scale_factor=1.5),
           dict(size=7, align_corners=True), dict(scale_factor=0.5), dict(size=1), dict(size=1, align_corners=True)]:
    print("interpolate linear", kw, F.interpolate(v, mode="linear", **kw))
print(nn.Upsample(scale_factor=2, mode="linear")(v).shape)
vg.grad = None
out = F.interpolate(vg, size=8, mode="linear")
(out * torch.arange(16.).reshape(1, 2, 8)).sum().backward()
print("linear1d grad", vg.grad)
vg.grad = None
out = F.interpolate(vg, scale_factor=3, mode="linear", align_corners=True)
(out * torch.arange(30.).reshape(1, 2, 15)).sum().backward()
print("linear1d align_corners grad", vg.grad)
for f in [lambda: F.interpolate(v, scale_factor=2, mode="bilinear"),
          lambda: F.interpolate(z, scale_factor=2, mode="linear"),
          lambda: F.interpolate(torch.arange(6).reshape(1, 2, 3), size=4, mode="linear")]:
    err(f)
