# Bool tensors: arithmetic promotion, reductions, logical ops and conversions.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


a = torch.tensor([True, False, True, True])
b = torch.tensor([False, False, True, False])
t("and", lambda: a & b)
t("or", lambda: a | b)
t("xor", lambda: a ^ b)
t("not", lambda: ~a)
t("logical_not", lambda: torch.logical_not(a))
t("add", lambda: a + b)
t("mul", lambda: a * b)
t("sum", lambda: a.sum())
t("sum dtype", lambda: a.sum().dtype)
t("mean err", lambda: a.mean())
t("float mean", lambda: a.float().mean())
t("any all", lambda: (a.any(), a.all(), b.any(), torch.tensor([], dtype=torch.bool).all()))
t("cumsum", lambda: a.cumsum(0))
t("max", lambda: a.max())
t("argmax", lambda: a.argmax())
t("eq", lambda: a == b)
t("lt", lambda: b < a)
t("int", lambda: a.int())
t("float", lambda: a.float())
t("from float", lambda: torch.tensor([0.0, -0.0, 0.1, float("nan")]).bool())
t("where", lambda: torch.where(a, 1.0, -1.0))
t("masked", lambda: torch.arange(4)[a])
t("count", lambda: a.count_nonzero())
t("tolist", lambda: a.tolist())
t("item", lambda: a[0].item())
t("neg", lambda: -a)
