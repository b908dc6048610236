# Advanced (integer tensor / list) indexing and how dims are placed.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


x = torch.arange(24).view(2, 3, 4)
m = torch.arange(12).view(3, 4)
t("list", lambda: m[[2, 0, 2]])
t("tensor", lambda: m[torch.tensor([1, 1])])
t("2d idx", lambda: m[torch.tensor([[0, 1], [2, 0]])].shape)
t("pair", lambda: m[[0, 1, 2], [3, 2, 1]])
t("pair bcast", lambda: m[torch.tensor([[0], [2]]), torch.tensor([1, 3])])
t("slice + adv", lambda: m[:, [0, 3]])
t("adv + slice", lambda: x[[1, 0], :, 0])
t("adv sep", lambda: x[[0, 1], :, [1, 2]].shape)
t("adv adjacent", lambda: x[:, [0, 2], [1, 3]].shape)
t("adv sep vals", lambda: x[[0, 1], :, [1, 2]])
t("neg idx", lambda: m[[-1, -3]])
t("oob", lambda: m[[0, 3]])
t("oob neg", lambda: m[[-4]])
t("float idx", lambda: m[torch.tensor([0.])])
t("int32 idx", lambda: m[torch.tensor([0, 2], dtype=torch.int32)])
t("bcast err", lambda: m[[0, 1], [0, 1, 2]])
t("empty idx", lambda: m[torch.tensor([], dtype=torch.long)].shape)
t("None + adv", lambda: m[None, [0, 1]].shape)
t("ell + adv", lambda: x[..., [0, 1]].shape)
t("tuple list", lambda: m[(0, 1),].shape)
t("list of lists", lambda: m[[[0, 1], [1, 2]]])
t("not view", lambda: m[[0]].data_ptr() == m.data_ptr())
t("index_select", lambda: torch.index_select(x, 2, torch.tensor([3, 0])))
t("take", lambda: torch.take(m, torch.tensor([0, 5, 11])))
t("gather", lambda: torch.gather(m, 0, torch.tensor([[2, 1, 0, 0]])))
t("gather bad", lambda: torch.gather(m, 1, torch.tensor([[4]])))
