# torch.Generator objects (manual_seed, initial_seed, device, generator= to the samplers) and
# torch.get_rng_state / set_rng_state (the 5056-byte CPUGeneratorImplState) reproducing draws.
import torch


def le(bs, off, n):
    return sum(int(bs[off + i]) << (8 * i) for i in range(n))


g = torch.Generator()
print(g.initial_seed(), g.device, type(g).__module__, type(g).__name__)
print(g.manual_seed(3) is g, g.initial_seed())
print(torch.rand(3, generator=g))
print(torch.randn(2, 3, generator=g))
print(torch.randint(0, 10, (6,), generator=g), torch.randint(5, (3,), generator=g))
print(torch.randperm(7, generator=g))
t = torch.empty(4)
print(t.normal_(2.0, 0.5, generator=g), t.uniform_(-1, 1, generator=g), t.random_(0, 50, generator=g))
print(torch.empty(20).normal_(generator=g)[-3:])
torch.manual_seed(3)
print(torch.rand(3))
g2 = torch.Generator().manual_seed(3)
print(torch.rand(3, generator=g2), torch.rand(2), torch.rand(2, generator=g2))
print(g.manual_seed(2**64 - 1).initial_seed(), g.manual_seed(-1).initial_seed())

torch.manual_seed(5)
s = torch.get_rng_state()
print(s.dtype, s.shape, le(s, 0, 8), le(s, 8, 4), le(s, 12, 4), le(s, 16, 8), le(s, 24, 8), le(s, 5040, 4))
a = torch.randn(3)
s2 = torch.get_rng_state()
print(le(s2, 8, 4), le(s2, 16, 8), le(s2, 5040, 4), int(s2[5052]))
b = torch.randn(3)
torch.set_rng_state(s2)
print(torch.equal(torch.randn(3), b))
torch.set_rng_state(s)
print(torch.equal(torch.randn(3), a), torch.initial_seed())
big = torch.randn(700)
st = g.get_state()
x1 = torch.rand(5, generator=g)
g.set_state(st)
print(torch.equal(torch.rand(5, generator=g), x1), g.set_state(st) is g)
torch.set_rng_state(g.get_state())
print(torch.equal(torch.rand(5), x1))
for bad in (torch.zeros(10, dtype=torch.uint8), torch.zeros(5056), torch.zeros(5056, dtype=torch.uint8)):
    try:
        torch.set_rng_state(bad)
    except Exception as e:
        print(type(e).__name__, e)
g3 = torch.Generator().manual_seed(7)
torch.manual_seed(0)
print(torch.normal(0.0, 1.0, (3,), generator=g3), torch.normal(torch.zeros(2), 2.0, generator=g3))
print(torch.bernoulli(torch.full((4,), 0.5), generator=g3), torch.multinomial(torch.ones(5), 3, generator=g3))
print(torch.empty(3).exponential_(generator=g3), torch.empty(4).bernoulli_(0.3, generator=g3))
print(torch.rand(2))
