# Broadcasting rules and their error messages.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


t("row col", lambda: torch.tensor([[1], [2]]) + torch.tensor([10, 20, 30]))
t("3d", lambda: (torch.ones(2, 1, 3) + torch.ones(4, 1)).shape)
t("0d", lambda: (torch.ones(2, 3) * torch.tensor(2.)).shape)
t("empty", lambda: (torch.ones(0, 3) + torch.ones(3)).shape)
t("empty bcast", lambda: (torch.ones(0, 1) + torch.ones(1, 4)).shape)
t("bad", lambda: torch.ones(2, 3) + torch.ones(3, 2))
t("bad 3d", lambda: torch.ones(2, 3, 4) * torch.ones(2, 1, 5))
t("broadcast_tensors", lambda: [a.shape for a in torch.broadcast_tensors(torch.ones(3, 1), torch.ones(1, 2))])
t("broadcast_shapes", lambda: torch.broadcast_shapes((2, 1), (1, 3), (3,)))
t("broadcast_shapes bad", lambda: torch.broadcast_shapes((2,), (3,)))
t("broadcast_to", lambda: torch.broadcast_to(torch.tensor([1, 2]), (2, 2)))
t("broadcast_to bad", lambda: torch.broadcast_to(torch.tensor([1, 2]), (3,)))
t("inplace ok", lambda: torch.zeros(2, 3).add_(torch.ones(3)))
t("inplace bad", lambda: torch.zeros(3).add_(torch.ones(2, 3)))
t("inplace bad2", lambda: torch.zeros(1, 3).mul_(torch.ones(2, 3)))
t("where bcast", lambda: torch.where(torch.tensor([[True], [False]]), torch.tensor([1, 2]), torch.tensor(0)))
t("cmp bcast", lambda: torch.tensor([1, 2, 3]) > torch.tensor([[2], [1]]))
t("maximum bcast", lambda: torch.maximum(torch.tensor([[1.], [5.]]), torch.tensor([2., 3., 4.])))
t("expand add", lambda: torch.ones(3, 1).expand(3, 2) + torch.arange(2.))
t("matmul bcast", lambda: (torch.ones(2, 1, 3, 4) @ torch.ones(5, 4, 2)).shape)
t("matmul bad", lambda: torch.ones(2, 3, 4) @ torch.ones(3, 4, 2))
t("lerp bcast", lambda: torch.lerp(torch.zeros(2, 1), torch.ones(3), 0.5))
t("addcmul bcast", lambda: torch.addcmul(torch.zeros(1), torch.ones(2, 1), torch.ones(3)).shape)
