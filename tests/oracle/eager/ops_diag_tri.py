# eye / diag / diagonal / tril / triu / diag_embed / trace.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


m = torch.arange(1, 13).view(3, 4)
t("eye 1", lambda: torch.eye(1))
t("eye 0", lambda: torch.eye(0))
t("eye m", lambda: torch.eye(3, 2))
t("eye neg", lambda: torch.eye(-1))
t("diag vec k", lambda: torch.diag(torch.tensor([1, 2]), 1))
t("diag vec -k", lambda: torch.diag(torch.tensor([1., 2.]), -1))
t("diag mat", lambda: torch.diag(m))
t("diag mat k", lambda: torch.diag(m, 2))
t("diag mat -k", lambda: torch.diag(m, -1))
t("diagonal", lambda: torch.diagonal(m))
t("diagonal off", lambda: m.diagonal(offset=1))
t("diagonal big off", lambda: m.diagonal(offset=5))
t("diag_embed", lambda: torch.diag_embed(torch.tensor([[1, 2], [3, 4]])))
t("tril", lambda: torch.tril(m))
t("tril -1", lambda: torch.tril(m, -1))
t("triu 1", lambda: m.triu(1))
t("triu -1", lambda: m.triu(-1))
t("trace", lambda: torch.trace(m[:, :3]))
t("trace float", lambda: torch.trace(torch.eye(3) * 2.5))
t("tril 1d", lambda: torch.tril(torch.ones(3)))
t("diag 3d", lambda: torch.diag(torch.ones(2, 2, 2)))
