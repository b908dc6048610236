# Mixed-dtype inputs to cat / stack / where / maximum / matmul / comparison.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


i = torch.tensor([1, 2])
f = torch.tensor([0.5, 1.5])
d = torch.tensor([0.25, 0.75], dtype=torch.float64)
b = torch.tensor([True, False])
t("cat i f", lambda: torch.cat([i, f]))
t("cat f d", lambda: torch.cat([f, d]).dtype)
t("cat b i", lambda: torch.cat([b, i]))
t("stack i f", lambda: torch.stack([i, f]))
t("stack b f", lambda: torch.stack([b, f]).dtype)
t("where i f", lambda: torch.where(b, i, f))
t("where f d", lambda: torch.where(b, f, d).dtype)
t("maximum i f", lambda: torch.maximum(i, f))
t("minimum b i", lambda: torch.minimum(b, i))
t("lt i f", lambda: i < f)
t("eq b i", lambda: b == i)
t("add i d", lambda: (i + d).dtype)
t("mul b d", lambda: b * d)
t("div b b", lambda: b / b)
t("pow i f", lambda: i ** f)
t("pow f i", lambda: f ** i)
t("addcmul", lambda: torch.addcmul(f, i, d).dtype)
t("lerp", lambda: torch.lerp(f, torch.tensor([1.0, 1.0]), 0.5))
t("dot mixed", lambda: torch.dot(i, f))
t("sum f64 of f32", lambda: f.sum(dtype=torch.float64))
t("max mixed", lambda: torch.max(i, f))
