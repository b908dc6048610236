# Boolean mask indexing, nonzero, where, masked_select.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


m = torch.tensor([[1., -2., 3.], [-4., 5., -6.]])
t("mask", lambda: m[m > 0])
t("mask row", lambda: m[torch.tensor([True, False])])
t("mask col", lambda: m[:, torch.tensor([False, True, True])])
t("mask list", lambda: m[[True, False]])
t("mask wrong len", lambda: m[torch.tensor([True, False, True])])
t("mask all false", lambda: m[m > 100])
t("mask 0d", lambda: torch.tensor(3.)[torch.tensor(True)])
t("uint8 mask", lambda: m[torch.tensor([[1, 0, 1], [0, 1, 0]], dtype=torch.uint8)])
t("mask + int", lambda: m[m[:, 0] > 0, 1])
t("nonzero", lambda: torch.nonzero(m > 0))
t("nonzero tuple", lambda: torch.nonzero(m > 0, as_tuple=True))
t("nonzero 1d", lambda: (m.flatten() < 0).nonzero())
t("argwhere", lambda: torch.argwhere(m < 0))
t("where 1arg", lambda: torch.where(m > 2))
t("where scalar", lambda: torch.where(m > 0, m, 0.))
t("where int scalar", lambda: torch.where(m > 0, 1, 0))
t("where bcast", lambda: torch.where(torch.tensor([True, False, True]), m, torch.tensor(0.)))
t("masked_select", lambda: torch.masked_select(m, m < 0))
t("masked_fill", lambda: m.masked_fill(m < 0, 0))
t("masked_fill bcast", lambda: m.masked_fill(torch.tensor([True, False, False]), float("nan")))
t("masked_fill float mask", lambda: m.masked_fill(m, 0))
t("count", lambda: (m > 0).sum())
t("any all", lambda: ((m > 0).any(), (m > 0).all(), (m > 0).any(dim=1), (m != 0).all(0)))
t("count_nonzero", lambda: torch.count_nonzero(m > 0, dim=0))
