# Comparison ops, equal / allclose / isclose and the is* predicates.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


a = torch.tensor([1.0, 2.0, float("nan"), float("inf"), -float("inf")])
b = torch.tensor([1.0, 2.5, float("nan"), float("inf"), 0.0])
t("eq", lambda: a == b)
t("ne", lambda: a != b)
t("lt", lambda: a < b)
t("ge", lambda: a >= b)
t("eq scalar", lambda: a == 2)
t("gt int float", lambda: torch.tensor([1, 2, 3]) > 1.5)
t("eq bool", lambda: torch.tensor([True, False]) == torch.tensor([1, 0]))
t("equal", lambda: torch.equal(torch.tensor([1, 2]), torch.tensor([1, 2])))
t("equal dtype", lambda: torch.equal(torch.tensor([1, 2]), torch.tensor([1., 2.])))
t("equal nan", lambda: torch.equal(a, a))
t("allclose", lambda: torch.allclose(torch.tensor([1.0, 2.0]), torch.tensor([1.0, 2.00001])))
t("allclose tol", lambda: torch.allclose(torch.tensor([1.0]), torch.tensor([1.1]), atol=0.05))
t("allclose nan", lambda: torch.allclose(a[2:3], a[2:3], equal_nan=True))
t("isclose", lambda: torch.isclose(a, b))
t("isclose nan", lambda: torch.isclose(a, b, equal_nan=True))
t("isnan", lambda: torch.isnan(a))
t("isinf", lambda: torch.isinf(a))
t("isfinite", lambda: torch.isfinite(a))
t("isposinf", lambda: torch.isposinf(a))
t("isneginf", lambda: torch.isneginf(a))
t("isfinite int", lambda: torch.isfinite(torch.tensor([1, 2])))
t("nan_to_num", lambda: torch.nan_to_num(a))
t("nan_to_num args", lambda: torch.nan_to_num(a, nan=0.0, posinf=1.0, neginf=-1.0))
t("eq method", lambda: a.eq(b))
t("gt_ inplace", lambda: torch.tensor([1., 5.]).gt_(2))
