# torch.manual_seed returns the default Generator; reseeding replays the stream.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


g = torch.manual_seed(42)
print(type(g).__name__, g is torch.default_generator)
print(torch.initial_seed())
a = torch.rand(3)
torch.manual_seed(42)
print(torch.equal(a, torch.rand(3)), a)
torch.manual_seed(0)
print(torch.randn(2, 3))
print(torch.rand(5))
print(torch.randint(0, 100, (6,)))
print(torch.randint(-5, 5, (2, 3)))
print(torch.randint(3, (4,), dtype=torch.int32))
print(torch.randperm(10))
print(torch.randn(20))
torch.manual_seed(2 ** 32 + 7)
print(torch.initial_seed(), torch.rand(2))
torch.manual_seed(-1)
print(torch.initial_seed())
t("seed str", lambda: torch.manual_seed("a"))
t("seed float", lambda: torch.manual_seed(1.5))
print(torch.manual_seed(7).initial_seed(), torch.default_generator.initial_seed(), torch.rand(2))
print(torch.default_generator.manual_seed(7) is torch.default_generator, torch.rand(2))
