# float16 tensors: creation, printing, per-op rounding and casts.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


h = torch.tensor([0.1, 1 / 3, 1000.5, 65504., -2.5], dtype=torch.float16)
t("h", lambda: h)
t("dtype", lambda: (h.dtype, h.element_size(), h.is_floating_point()))
t("tolist", lambda: h.tolist())
t("item", lambda: h[0].item())
t("half()", lambda: torch.tensor([0.1, 2049., 70000.]).half())
t("rne ties", lambda: torch.tensor([2049., 2051., 2053., 1.00048828125], dtype=torch.float16).tolist())
t("subnormal", lambda: torch.tensor([1e-5, 6e-8, 2e-8], dtype=torch.float16).tolist())
t("add", lambda: h + h)
t("add overflow", lambda: h[3:4] + h[3:4])
t("mul", lambda: h * 3)
t("div", lambda: h / 3)
t("mixed f32", lambda: (h + torch.ones(5)).dtype)
t("mixed scalar", lambda: (h + 1.5).dtype)
t("mixed int", lambda: (torch.tensor([1, 2]) + torch.tensor([1., 2.], dtype=torch.float16)).dtype)
t("sum", lambda: torch.tensor([0.1] * 10, dtype=torch.float16).sum())
t("mean", lambda: torch.tensor([1., 2., 4.], dtype=torch.float16).mean())
t("exp", lambda: torch.exp(torch.tensor([1., 2.], dtype=torch.float16)))
t("sqrt", lambda: torch.sqrt(torch.tensor([2.], dtype=torch.float16)).item())
t("to float", lambda: h.float())
t("to int", lambda: h.int())
t("arange", lambda: torch.arange(3, dtype=torch.float16))
t("zeros", lambda: torch.zeros(2, dtype=torch.half))
t("cmp", lambda: h > 1)
t("nan inf", lambda: torch.tensor([float("nan"), float("inf"), 1e6], dtype=torch.float16))
t("type", lambda: h.type())
t("promote", lambda: torch.promote_types(torch.float16, torch.int64))
