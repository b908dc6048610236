# Everyday tensor reduce as tutorials use them, values and error texts.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


torch.manual_seed(3)
a = torch.randn(3, 4)
i = torch.tensor([[3, 1, 2], [9, 7, 8]])
t("sum", lambda: a.sum())
t("sum dim", lambda: a.sum(dim=1))
t("sum keepdim", lambda: a.sum(0, keepdim=True))
t("sum int", lambda: i.sum())
t("sum bool", lambda: (a > 0).sum())
t("mean", lambda: a.mean(1))
t("mean int err", lambda: i.mean())
t("prod", lambda: i.prod(1))
t("max", lambda: a.max())
t("max dim", lambda: a.max(dim=1))
t("min dim keepdim", lambda: a.min(0, keepdim=True))
t("argmax", lambda: a.argmax())
t("argmax dim", lambda: a.argmax(1))
t("argmin", lambda: i.argmin(dim=0))
t("amax", lambda: a.amax(dim=(0, 1)))
t("std", lambda: a.std())
t("var dim", lambda: a.var(1))
t("var unbiased", lambda: a.var(unbiased=False))
t("cumsum", lambda: i.cumsum(1))
t("cumprod", lambda: torch.tensor([1., 2., 3.]).cumprod(0))
t("norm", lambda: a.norm())
t("norm p1", lambda: a.norm(p=1))
t("topk", lambda: torch.tensor([1., 5., 3., 4.]).topk(2))
t("sort", lambda: torch.tensor([3, 1, 2]).sort())
t("sort desc", lambda: torch.tensor([3., 1., 2.]).sort(descending=True))
t("argsort", lambda: torch.tensor([3, 1, 2]).argsort())
t("unique", lambda: torch.unique(torch.tensor([3, 1, 3, 2])))
t("all any", lambda: ((a > -10).all(), (a > 10).any()))
t("median", lambda: torch.tensor([1., 4., 2., 3.]).median())
t("logsumexp", lambda: a.logsumexp(1))
t("sum empty dim err", lambda: a.sum(5))
t("max empty err", lambda: torch.tensor([]).max())
t("allclose", lambda: torch.allclose(a, a + 1e-9))
t("equal", lambda: torch.equal(i, i.clone()))
t("count eq", lambda: (i == 7).sum().item())
t("item", lambda: a.sum().item())
t("item int", lambda: i.max().item())
t("tolist", lambda: i.tolist())
