# Reductions with dim lists, keepdim and negative dims.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


x = torch.arange(24, dtype=torch.float32).view(2, 3, 4)
t("sum dim", lambda: x.sum(1))
t("sum keepdim", lambda: x.sum(1, keepdim=True).shape)
t("sum dims", lambda: x.sum((0, 2)))
t("sum dims list", lambda: x.sum([0, -1], keepdim=True))
t("sum neg", lambda: x.sum(-1))
t("sum dup", lambda: x.sum((1, 1)))
t("sum oob", lambda: x.sum(3))
t("sum empty dims", lambda: x.sum(()))
t("mean dims", lambda: x.mean((1, 2)))
t("mean int", lambda: torch.arange(4).mean())
t("mean int dtype", lambda: torch.arange(4).mean(dtype=torch.float64))
t("prod dim", lambda: x[:, :, :2].prod(2))
t("max dim", lambda: x.max(1))
t("max dim keepdim", lambda: x.max(dim=-1, keepdim=True).values.shape)
t("min dim", lambda: x.min(0))
t("max no dim", lambda: x.max())
t("amax dims", lambda: x.amax((0, 1)))
t("amin", lambda: x.amin(-1))
t("argmax", lambda: x.argmax())
t("argmax dim", lambda: x.argmax(2))
t("argmin keepdim", lambda: x.argmin(1, keepdim=True))
t("std dim", lambda: x.std(2))
t("var unbiased", lambda: x.var(1, unbiased=False))
t("var correction", lambda: x.var(1, correction=0))
t("std_mean", lambda: torch.std_mean(x[0], dim=1))
t("var_mean", lambda: torch.var_mean(x[0], 0))
t("norm", lambda: x[0].norm())
t("norm dim", lambda: x[0].norm(dim=1))
t("norm p1", lambda: x[0].norm(p=1, dim=0))
t("logsumexp", lambda: torch.logsumexp(x[0], 1))
t("sum empty", lambda: torch.ones(0, 3).sum(0))
t("max empty", lambda: torch.ones(0, 3).max())
t("max empty dim", lambda: torch.ones(0, 3).max(1))
