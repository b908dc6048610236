# Index error messages: out of range, wrong types, bad masks.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


x = torch.arange(6).view(2, 3)
t("int oob", lambda: x[5])
t("int oob dim1", lambda: x[0, 3])
t("neg oob", lambda: x[-3])
t("str", lambda: x["a"])
t("float", lambda: x[0.5])
t("list float", lambda: x[[0.5]])
t("dict", lambda: x[{}])
t("too many", lambda: x[0, 0, 0])
t("too many slices", lambda: x[:, :, :])
t("tensor oob", lambda: x[torch.tensor([2])])
t("tensor float", lambda: x[torch.tensor([0.5])])
t("mask shape", lambda: x[torch.tensor([[True, False]])])
t("0d int", lambda: torch.tensor(1)[0])
t("0d slice", lambda: torch.tensor(1)[:])
t("step 0", lambda: x[::0])
t("neg step", lambda: x[::-1])
t("index_select oob", lambda: x.index_select(1, torch.tensor([3])))
t("index_select float", lambda: x.index_select(0, torch.tensor([0.])))
t("index_select 2d idx", lambda: x.index_select(0, torch.tensor([[0]])))
t("select oob", lambda: x.select(1, 3))
t("select dim oob", lambda: x.select(2, 0))
t("narrow oob", lambda: x.narrow(1, 2, 2))
t("gather dim", lambda: x.gather(2, torch.tensor([[0]])))
t("gather dtype", lambda: x.gather(1, torch.tensor([[0.]])))
t("scatter bad", lambda: torch.zeros(2, 3).scatter_(1, torch.tensor([[3]]), 1.))
t("setitem oob", lambda: x.__setitem__(4, 0))
