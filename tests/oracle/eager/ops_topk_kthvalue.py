# topk / kthvalue / median / mode with dims and errors.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


x = torch.tensor([[1., 5., 3., 5.], [4., 2., 8., 0.]])
t("topk", lambda: torch.topk(x, 2))
t("topk smallest", lambda: x.topk(2, largest=False))
t("topk dim0", lambda: x.topk(1, dim=0))
t("topk k0", lambda: x.topk(0))
t("topk too big", lambda: x.topk(5))
t("topk 1d", lambda: torch.tensor([3, 1, 4, 1, 5, 9, 2, 6]).topk(3))
t("topk values", lambda: x.topk(3).values)
t("kthvalue", lambda: torch.kthvalue(x, 2))
t("kthvalue dim0", lambda: x.kthvalue(1, 0))
t("kthvalue keepdim", lambda: x.kthvalue(3, 1, keepdim=True))
t("kthvalue bad", lambda: x.kthvalue(5))
t("kthvalue 0", lambda: x.kthvalue(0))
t("median", lambda: x.median())
t("median dim", lambda: x.median(1))
t("median even", lambda: torch.tensor([1., 2., 3., 4.]).median())
t("nanmedian", lambda: torch.tensor([1., float("nan"), 3.]).nanmedian())
t("median nan", lambda: torch.tensor([1., float("nan"), 3.]).median())
t("mode", lambda: torch.tensor([1, 2, 2, 3, 3]).mode())
t("quantile", lambda: torch.quantile(torch.tensor([1., 2., 3., 4.]), 0.5))
t("quantile list", lambda: torch.quantile(torch.tensor([0., 10.]), torch.tensor([0.25, 0.9])))
t("max ties", lambda: torch.tensor([1, 3, 3, 2]).max(0))
t("min ties", lambda: torch.tensor([2, 1, 1]).min(0))
t("argmax ties", lambda: torch.tensor([1, 3, 3]).argmax())
