# sort / argsort / msort with descending, stable, dims, ties and nan.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


x = torch.tensor([3., 1., 2., 1., float("nan"), -1.])
m = torch.tensor([[3, 1, 2], [9, 7, 8]])
t("sort", lambda: torch.sort(x))
t("sort desc", lambda: x.sort(descending=True))
t("sort stable", lambda: torch.sort(torch.tensor([2, 1, 2, 1, 2]), stable=True))
t("argsort", lambda: x.argsort())
t("argsort desc", lambda: torch.argsort(m, dim=1, descending=True))
t("sort dim0", lambda: m.sort(0))
t("sort dim -1", lambda: m.sort(-1).values)
t("sort int", lambda: torch.tensor([5, -3, 0]).sort())
t("sort bool", lambda: torch.tensor([True, False, True]).sort())
t("sort oob", lambda: m.sort(2))
t("msort", lambda: torch.msort(m.t()))
t("sort 0d", lambda: torch.tensor(3.).sort())
t("sort empty", lambda: torch.tensor([]).sort())
t("sorted unpack", lambda: (lambda r: (r[0], r[1]))(m.sort()))
t("sort inf", lambda: torch.tensor([float("inf"), -float("inf"), 0.]).sort())
t("unique", lambda: torch.unique(torch.tensor([3, 1, 3, 2, 1])))
t("unique counts", lambda: torch.unique(torch.tensor([3, 1, 3, 2, 1]), return_counts=True, return_inverse=True))
t("searchsorted", lambda: torch.searchsorted(torch.tensor([1, 3, 5, 7]), torch.tensor([0, 3, 6, 9])))
t("searchsorted right", lambda: torch.searchsorted(torch.tensor([1, 3, 5, 7]), torch.tensor([3, 5]), right=True))
t("flip sort", lambda: x.sort().values.flip(0))
