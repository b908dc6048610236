# torch.meshgrid with several tensors, lists, indexings and errors.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


a = torch.tensor([1, 2, 3])
b = torch.tensor([4., 5.])
c = torch.tensor([7, 8])
t("ij", lambda: torch.meshgrid(a, b, indexing="ij"))
t("xy", lambda: torch.meshgrid(a, c, indexing="xy"))
t("list", lambda: torch.meshgrid([a, c], indexing="ij"))
t("three", lambda: [g.shape for g in torch.meshgrid(a, b, c, indexing="ij")])
t("three xy", lambda: [g.shape for g in torch.meshgrid(a, b, c, indexing="xy")])
t("one", lambda: torch.meshgrid(a, indexing="ij"))
t("strides", lambda: [g.stride() for g in torch.meshgrid(a, c, indexing="ij")])
t("0d", lambda: torch.meshgrid(torch.tensor(1), c, indexing="ij"))
t("bad indexing", lambda: torch.meshgrid(a, c, indexing="yx"))
t("2d input", lambda: torch.meshgrid(torch.ones(2, 2), a, indexing="ij"))
t("mixed dtype", lambda: torch.meshgrid(a, b, indexing="xy"))
t("empty", lambda: [g.shape for g in torch.meshgrid(torch.tensor([]), a, indexing="ij")])
t("cartesian_prod", lambda: torch.cartesian_prod(a, c))
x, y = torch.meshgrid(torch.linspace(-1, 1, 3), torch.linspace(0, 1, 2), indexing="xy")
print((x ** 2 + y ** 2).sqrt())
