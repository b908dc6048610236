# The *_like factories and new_* methods keep or change dtype.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


a = torch.tensor([[1, 2], [3, 4]], dtype=torch.int32)
f = torch.tensor([1.5, 2.5], dtype=torch.float64)
t("zeros_like", lambda: torch.zeros_like(a))
t("ones_like dtype", lambda: torch.ones_like(a, dtype=torch.float32))
t("full_like", lambda: torch.full_like(a, 9))
t("full_like float val", lambda: torch.full_like(a, 2.9))
t("full_like f64", lambda: torch.full_like(f, 0.1))
t("empty_like shape", lambda: (torch.empty_like(f).shape, torch.empty_like(f).dtype))
t("rand_like", lambda: torch.rand_like(f).dtype)
t("rand_like int", lambda: torch.rand_like(a))
t("randn_like dtype", lambda: torch.randn_like(a, dtype=torch.float32).shape)
t("zeros_like rg", lambda: torch.zeros_like(f, requires_grad=True))
t("new_zeros", lambda: a.new_zeros(3))
t("new_ones", lambda: f.new_ones((2, 2)))
t("new_full", lambda: a.new_full((2,), 5))
t("new_empty", lambda: f.new_empty(3).dtype)
t("new_tensor", lambda: f.new_tensor([1, 2]))
t("new_tensor int", lambda: a.new_tensor([1.7, 2.2]))
t("new_zeros dtype", lambda: a.new_zeros(2, dtype=torch.bool))
t("ones_like bool", lambda: torch.ones_like(torch.tensor([True, False])))
t("zeros_like 0d", lambda: torch.zeros_like(torch.tensor(5.)))
