# gather / index_select / take_along_dim / select / narrow on several dims.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


x = torch.arange(12).view(3, 4)
t("gather 1", lambda: x.gather(1, torch.tensor([[3, 0], [1, 1], [2, 0]])))
t("gather 0", lambda: torch.gather(x, 0, torch.tensor([[2, 1, 0, 2]])))
t("gather neg idx", lambda: x.gather(1, torch.tensor([[-1]])))
t("gather shape", lambda: x.gather(1, torch.tensor([[0, 1, 2, 3, 0]])))
t("take_along_dim", lambda: torch.take_along_dim(x, torch.tensor([[0], [1], [2]]), dim=1))
t("index_select 0", lambda: x.index_select(0, torch.tensor([2, 2, 0])))
t("index_select 1", lambda: torch.index_select(x, 1, torch.tensor([3])))
t("index_select neg", lambda: x.index_select(-1, torch.tensor([0, 1])))
t("select", lambda: x.select(0, 1))
t("select neg", lambda: x.select(1, -1))
t("narrow", lambda: x.narrow(1, 1, 2))
t("narrow neg start", lambda: x.narrow(0, -2, 2))
t("argmax gather", lambda: x.gather(1, x.argmax(1, keepdim=True)))
t("index_select int32", lambda: x.index_select(0, torch.tensor([1], dtype=torch.int32)))
t("gather int32", lambda: x.gather(1, torch.tensor([[0]], dtype=torch.int32)))
