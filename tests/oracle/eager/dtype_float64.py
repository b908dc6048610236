# float64 tensors: printing, arithmetic precision and mixing with float32.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


d = torch.tensor([0.1, 0.2, 1 / 3], dtype=torch.float64)
f = torch.tensor([0.1, 0.2, 1 / 3])
t("d", lambda: d)
t("d sum", lambda: d.sum())
t("d sum item", lambda: d.sum().item())
t("f sum item", lambda: f.sum().item())
t("d tolist", lambda: d.tolist())
t("f tolist", lambda: f.tolist())
t("d + f", lambda: (d + f).dtype)
t("d item", lambda: d[2].item())
t("f item", lambda: f[2].item())
t("d * 3", lambda: d * 3)
t("d exp", lambda: torch.exp(d))
t("d sqrt", lambda: torch.sqrt(torch.tensor([2.], dtype=torch.float64)).item())
t("f sqrt", lambda: torch.sqrt(torch.tensor([2.])).item())
t("d big", lambda: torch.tensor([1e300, -1e-300], dtype=torch.float64))
t("f big", lambda: torch.tensor([1e300, 1e-300]))
t("d mean", lambda: torch.arange(10, dtype=torch.float64).mean())
t("d std", lambda: torch.arange(10, dtype=torch.float64).std())
t("d double()", lambda: f.double())
t("d float()", lambda: d.float())
t("d eq", lambda: d == f)
t("d repr rg", lambda: torch.tensor([1.5], dtype=torch.float64, requires_grad=True))
t("d matmul", lambda: torch.ones(2, 2, dtype=torch.float64) @ torch.ones(2, dtype=torch.float64))
t("d @ f", lambda: torch.ones(2, 2, dtype=torch.float64) @ torch.ones(2))
t("default dtype", lambda: torch.get_default_dtype())
t("is_floating_point", lambda: (d.is_floating_point(), torch.tensor([1]).is_floating_point()))
t("element_size", lambda: (d.element_size(), f.element_size(), torch.tensor([1]).element_size(), torch.tensor([True]).element_size()))
