# Ops on tensors with zero elements: reductions' identities, shapes and errors.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


e = torch.zeros(0)
m = torch.zeros(0, 3)
t("sum", lambda: e.sum())
t("prod", lambda: e.prod())
t("mean", lambda: e.mean())
t("sum dim0", lambda: m.sum(0))
t("sum dim1", lambda: m.sum(1))
t("max", lambda: e.max())
t("amax dim1", lambda: m.amax(1))
t("argmax", lambda: e.argmax())
t("any all", lambda: (e.bool().any(), e.bool().all()))
t("cumsum", lambda: e.cumsum(0))
t("add", lambda: e + 1)
t("mm", lambda: m.t() @ m)
t("cat", lambda: torch.cat([m, torch.ones(1, 3)]))
t("stack", lambda: torch.stack([e, e]).shape)
t("view", lambda: m.view(3, 0).shape)
t("reshape -1", lambda: m.reshape(-1).shape)
t("index", lambda: m[:, 1].shape)
t("sort", lambda: e.sort())
t("topk 0", lambda: e.topk(0))
t("unique", lambda: e.unique())
t("nonzero", lambda: e.nonzero().shape)
t("std", lambda: e.std())
t("numel", lambda: (m.numel(), m.dim(), len(m)))
t("tolist", lambda: m.tolist())
t("repr", lambda: torch.zeros(3, 0, 2))
