# cat / stack / hstack / vstack / dstack with dtypes and errors.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


a = torch.tensor([[1, 2], [3, 4]])
b = torch.tensor([[5., 6.]])
t("cat 0", lambda: torch.cat([a, a]))
t("cat 1", lambda: torch.cat((a, a), dim=1))
t("cat neg", lambda: torch.cat([a, a], -1).shape)
t("cat promote", lambda: torch.cat([a, b]))
t("cat bool int", lambda: torch.cat([torch.tensor([True]), torch.tensor([2])]))
t("cat empty 1d", lambda: torch.cat([a, torch.tensor([])]))
t("cat empty list", lambda: torch.cat([]))
t("cat bad shape", lambda: torch.cat([a, b.t()]))
t("cat bad dim", lambda: torch.cat([a, a], 2))
t("cat 0d", lambda: torch.cat([torch.tensor(1), torch.tensor(2)]))
t("cat one", lambda: torch.cat([a]))
t("concat", lambda: torch.concat([a, a], 1).shape)
t("stack", lambda: torch.stack([a, a]).shape)
t("stack dim2", lambda: torch.stack([a, a], 2))
t("stack neg", lambda: torch.stack([a, a], -1).shape)
t("stack bad", lambda: torch.stack([a, b]))
t("stack oob", lambda: torch.stack([a, a], 3))
t("stack 0d", lambda: torch.stack([torch.tensor(1.), torch.tensor(2.)]))
t("stack empty", lambda: torch.stack([]))
t("hstack", lambda: torch.hstack([torch.tensor([1, 2]), torch.tensor([3])]))
t("hstack 2d", lambda: torch.hstack([a, a]).shape)
t("vstack", lambda: torch.vstack([torch.tensor([1, 2]), torch.tensor([3, 4])]))
t("dstack", lambda: torch.dstack([a, a]).shape)
t("column_stack", lambda: torch.column_stack([torch.tensor([1, 2]), torch.tensor([3, 4])]))
t("cat not list", lambda: torch.cat(a))
t("cat out of tuple", lambda: torch.cat((a, a), dim=0).stride())
