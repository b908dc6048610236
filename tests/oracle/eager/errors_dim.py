# Dimension-out-of-range and wrong-dim messages across ops.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


x = torch.ones(2, 3)
t("sum", lambda: x.sum(2))
t("sum neg", lambda: x.sum(-3))
t("mean", lambda: x.mean(5))
t("softmax", lambda: x.softmax(2))
t("argmax", lambda: x.argmax(-3))
t("cat", lambda: torch.cat([x, x], 3))
t("stack", lambda: torch.stack([x, x], -4))
t("transpose", lambda: x.transpose(0, 5))
t("squeeze", lambda: x.squeeze(-3))
t("unsqueeze", lambda: x.unsqueeze(-4))
t("flip", lambda: x.flip(2))
t("roll", lambda: x.roll(1, 3))
t("narrow", lambda: x.narrow(3, 0, 1))
t("select", lambda: x.select(-3, 0))
t("cumsum", lambda: x.cumsum(-3))
t("sort", lambda: x.sort(4))
t("topk", lambda: x.topk(1, 2))
t("0d sum 0", lambda: torch.tensor(1.).sum(0))
t("0d sum 1", lambda: torch.tensor(1.).sum(1))
t("0d softmax", lambda: torch.tensor(1.).softmax(0))
t("0d unsqueeze", lambda: torch.tensor(1.).unsqueeze(1))
t("dim tuple dup", lambda: x.sum((0, -2)))
t("max dim str", lambda: x.max(dim="a"))
t("dim name", lambda: x.sum("rows"))
t("size", lambda: x.size(2))
t("chunk dim", lambda: x.chunk(2, 2))
