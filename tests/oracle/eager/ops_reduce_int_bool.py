# Reductions of integer and bool tensors with dims: sum/prod/max/min/argmax/any/all.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


m = torch.tensor([[3, -1, 4], [1, 5, -9]])
b = m > 0
t("sum 0", lambda: m.sum(0))
t("sum 1 keepdim", lambda: m.sum(1, keepdim=True))
t("prod 1", lambda: m.prod(1))
t("max 0", lambda: m.max(0))
t("min 1", lambda: m.min(1))
t("amax", lambda: m.amax(1))
t("argmax 0", lambda: m.argmax(0))
t("argmin 1", lambda: m.argmin(1))
t("b sum 0", lambda: b.sum(0))
t("b any 1", lambda: b.any(1))
t("b all 0", lambda: b.all(0))
t("b any keepdim", lambda: b.any(1, keepdim=True))
t("b max 1", lambda: b.max(1))
t("m float mean 0", lambda: m.float().mean(0))
t("m var", lambda: m.float().var(1))
t("m std unbiased", lambda: m.float().std(0, unbiased=False))
t("m median", lambda: m.median())
t("m logsumexp", lambda: m.float().logsumexp(1))
t("m norm", lambda: m.float().norm(dim=0))
t("m sort", lambda: m.sort(1))
t("m unique", lambda: m.flatten().unique())
t("m cumprod", lambda: m.cumprod(1))
