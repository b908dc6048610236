# bernoulli / multinomial / normal / uniform_ / exponential_ with manual_seed.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


torch.manual_seed(0)
print(torch.bernoulli(torch.full((8,), 0.5)))
print(torch.bernoulli(torch.tensor([0., 1., 0.3, 0.7])))
print(torch.empty(6).bernoulli_(0.25))
print(torch.multinomial(torch.tensor([0.1, 0.2, 0.7]), 5, replacement=True))
print(torch.multinomial(torch.tensor([1., 1., 1., 1.]), 4))
print(torch.multinomial(torch.tensor([[0.5, 0.5], [0.9, 0.1]]), 3, replacement=True))
print(torch.normal(torch.tensor([0., 10., 100.]), 1.))
print(torch.normal(0., torch.tensor([1., 2.])))
print(torch.normal(1., 2., (2, 2)))
print(torch.empty(5).normal_(3, 0.5))
print(torch.empty(5).uniform_(-1, 1))
print(torch.empty(3).exponential_())
print(torch.empty(4, dtype=torch.float64).uniform_())
print(torch.empty(3).random_(0, 10))
print(torch.empty(3, dtype=torch.int64).random_(5))
print(torch.rand(2, dtype=torch.float64))
print(torch.randn(3, dtype=torch.float64))
t("multinomial no repl", lambda: torch.multinomial(torch.tensor([1., 1.]), 3))
t("multinomial neg", lambda: torch.multinomial(torch.tensor([-1., 1.]), 1))
t("bernoulli bad p", lambda: torch.bernoulli(torch.tensor([1.5])))
t("rand int dtype", lambda: torch.rand(2, dtype=torch.int64))
t("randn int", lambda: torch.randn(2, dtype=torch.int32))
