# float16 / bfloat16 reductions: sum and mean accumulate in float32 and round once; max/min,
# argmax, dim reductions, keepdim, dtype= arguments.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


x = torch.full((1000,), 0.1, dtype=torch.float16)
t("sum 1000 x 0.1", lambda: x.sum())
t("mean 1000 x 0.1", lambda: x.mean())
t("sum 3000 x 0.01", lambda: torch.full((3000,), 0.01, dtype=torch.float16).sum())
t("sum ones 5000", lambda: torch.ones(5000, dtype=torch.float16).sum())
t("sum bf16 ones 1000", lambda: torch.ones(1000, dtype=torch.bfloat16).sum())
t("sum bf16 0.1", lambda: torch.full((1000,), 0.1, dtype=torch.bfloat16).sum())
t("mean bf16", lambda: torch.full((999,), 0.3, dtype=torch.bfloat16).mean())
m = torch.arange(24, dtype=torch.float16).reshape(4, 6) / 10
t("sum dim0", lambda: m.sum(0))
t("sum dim1", lambda: m.sum(1))
t("sum keepdim", lambda: m.sum(1, keepdim=True))
t("mean dim", lambda: m.mean(0))
t("mean dims", lambda: m.mean((0, 1)))
t("sum dtype f32", lambda: m.sum(dtype=torch.float32))
t("f32 sum dtype f16", lambda: torch.full((100,), 0.1).sum(dtype=torch.float16))
t("sum overflow", lambda: torch.full((3,), 30000., dtype=torch.float16).sum())
t("sum nan", lambda: torch.tensor([1., float("nan")], dtype=torch.float16).sum())
t("max", lambda: m.max())
t("max dim", lambda: m.max(1))
t("min dim", lambda: m.min(0))
t("argmax", lambda: m.argmax(1))
t("amax", lambda: m.amax(0))
bm = m.bfloat16()
t("bf sum dim0", lambda: bm.sum(0))
t("bf mean dim1", lambda: bm.mean(1))
t("bf max", lambda: bm.max(0))
t("bf cumsum", lambda: bm[0].cumsum(0))
t("bf std", lambda: bm.std())
t("bf var dim", lambda: bm.var(1))
t("bf norm", lambda: bm.norm())
