# cumsum / cumprod / cummax / cummin / logcumsumexp / diff.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


x = torch.tensor([[1., 3., 2.], [4., -1., 5.]])
t("cumsum", lambda: x.cumsum(1))
t("cumsum 0", lambda: torch.cumsum(x, dim=0))
t("cumsum neg", lambda: x.cumsum(-1))
t("cumsum no dim", lambda: x.cumsum())
t("cumsum int", lambda: torch.tensor([1, 2, 3]).cumsum(0))
t("cumsum bool", lambda: torch.tensor([True, True, False]).cumsum(0))
t("cumprod", lambda: x.cumprod(1))
t("cummax", lambda: x.cummax(1))
t("cummax 0", lambda: torch.cummax(x, 0))
t("cummin", lambda: x.cummin(1))
t("cummax ties", lambda: torch.tensor([1, 3, 3, 2, 3]).cummax(0))
t("cummin ties", lambda: torch.tensor([2, 1, 1, 3]).cummin(0))
t("cummax nan", lambda: torch.tensor([1., float("nan"), 2.]).cummax(0))
t("logcumsumexp", lambda: torch.logcumsumexp(torch.tensor([0., 0., 0.]), 0))
t("diff", lambda: torch.diff(torch.tensor([1, 4, 9, 16])))
t("diff n2", lambda: torch.diff(torch.tensor([1, 4, 9, 16]), n=2))
t("diff dim", lambda: x.diff(dim=0))
t("cumsum oob", lambda: x.cumsum(2))
t("cumsum 0d", lambda: torch.tensor(3.).cumsum(0))
t("cumsum empty", lambda: torch.tensor([]).cumsum(0))
