# bfloat16 tensors: creation, printing, per-op rounding and casts.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


b = torch.tensor([0.1, 1 / 3, 1000.5, 3e38, -2.5], dtype=torch.bfloat16)
t("b", lambda: b)
t("dtype", lambda: (b.dtype, b.element_size()))
t("tolist", lambda: b.tolist())
t("item", lambda: b[1].item())
t("bfloat16()", lambda: torch.tensor([0.1, 257., 259.]).bfloat16())
t("rne ties", lambda: torch.tensor([257., 259., 261., 263.], dtype=torch.bfloat16).tolist())
t("add", lambda: b + b)
t("add small", lambda: torch.tensor([256.], dtype=torch.bfloat16) + 1)
t("mul", lambda: b * 3)
t("div", lambda: b / 3)
t("mixed f32", lambda: (b + torch.ones(5)).dtype)
t("mixed f16", lambda: (b + torch.ones(5, dtype=torch.float16)).dtype)
t("sum", lambda: torch.tensor([0.1] * 10, dtype=torch.bfloat16).sum())
t("to float", lambda: b.float())
t("to half", lambda: b.half())
t("to int", lambda: b.long())
t("arange", lambda: torch.arange(0, 1, 0.25, dtype=torch.bfloat16))
t("ones", lambda: torch.ones(2, 2, dtype=torch.bfloat16))
t("cmp", lambda: b == torch.tensor(0.1, dtype=torch.bfloat16))
t("type", lambda: b.type())
t("matmul", lambda: torch.ones(2, 3, dtype=torch.bfloat16) @ torch.full((3,), 0.1, dtype=torch.bfloat16))
