# round (with decimals) / floor / ceil / trunc / frac on halves, negatives and ints.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


x = torch.tensor([-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 2.4999, -0.0])
t("round", lambda: torch.round(x))
t("round dec 1", lambda: torch.round(torch.tensor([1.25, 1.35, -1.25, 2.675]), decimals=1))
t("round dec 2", lambda: torch.round(torch.tensor([1.005, 2.675]), decimals=2))
t("round dec -1", lambda: torch.round(torch.tensor([15., 25., 123.]), decimals=-1))
t("floor", lambda: x.floor())
t("ceil", lambda: x.ceil())
t("trunc", lambda: x.trunc())
t("fix", lambda: torch.fix(x))
t("frac", lambda: torch.frac(torch.tensor([-1.75, 1.75, 3.0])))
t("round int", lambda: torch.round(torch.tensor([1, 2])))
t("floor int", lambda: torch.tensor([3, -3]).floor())
t("round big", lambda: torch.round(torch.tensor([16777217.0, 1e20])))
t("round_", lambda: torch.tensor([0.5, 1.5]).round_())
t("floor_divide", lambda: torch.floor_divide(torch.tensor([5.5, -5.5]), 2))
t("rounded to int", lambda: torch.tensor([2.5, 3.5]).round().long())
