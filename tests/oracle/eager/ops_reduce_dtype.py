# Reductions' result dtypes and the dtype= argument.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


i = torch.tensor([1, 2, 3], dtype=torch.int32)
b = torch.tensor([True, True, False])
u = torch.tensor([200, 100], dtype=torch.uint8)
f = torch.tensor([1.5, 2.5])
t("int32 sum", lambda: i.sum().dtype)
t("bool sum", lambda: b.sum())
t("uint8 sum", lambda: u.sum())
t("int32 prod", lambda: i.prod().dtype)
t("bool prod", lambda: b.prod())
t("sum dtype", lambda: i.sum(dtype=torch.float32))
t("sum dtype dim", lambda: u.sum(0, dtype=torch.uint8))
t("sum f64", lambda: f.sum(dtype=torch.float64))
t("sum int dtype", lambda: f.sum(dtype=torch.int32))
t("cumsum int32", lambda: i.cumsum(0).dtype)
t("cumsum dtype", lambda: i.cumsum(0, dtype=torch.float64))
t("cumprod bool", lambda: b.cumprod(0))
t("mean int err", lambda: i.mean())
t("mean dtype", lambda: i.mean(dtype=torch.float32))
t("max int", lambda: i.max().dtype)
t("max bool", lambda: b.max())
t("argmax dtype", lambda: f.argmax().dtype)
t("min bool", lambda: b.min())
t("std int", lambda: i.std())
t("norm int", lambda: i.norm())
t("all int", lambda: torch.tensor([1, 2]).all())
t("any float", lambda: torch.tensor([0., 0.5]).any())
t("all uint8", lambda: u.all().dtype)
t("count_nonzero", lambda: torch.count_nonzero(torch.tensor([0, 1, 2])).dtype)
t("nansum", lambda: torch.nansum(torch.tensor([1., float("nan"), 2.])))
t("nanmean", lambda: torch.nanmean(torch.tensor([1., float("nan"), 2.])))
t("sum nan", lambda: torch.tensor([1., float("nan")]).sum())
t("max nan", lambda: torch.tensor([1., float("nan"), 3.]).max(0))
