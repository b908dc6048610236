# Unary math functions on float32 values (default CPU capability).
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


x = torch.tensor([-2.5, -1.0, -0.3, 0.0, 0.3, 1.0, 2.5])
p = torch.tensor([0.1, 0.5, 1.0, 2.0, 10.0])
t("exp", lambda: torch.exp(x))
t("expm1", lambda: torch.expm1(x))
t("log", lambda: torch.log(p))
t("log2", lambda: torch.log2(p))
t("log10", lambda: torch.log10(p))
t("log1p", lambda: torch.log1p(p))
t("sqrt", lambda: torch.sqrt(p))
t("rsqrt", lambda: torch.rsqrt(p))
t("sin", lambda: torch.sin(x))
t("cos", lambda: torch.cos(x))
t("tan", lambda: torch.tan(x))
t("tanh", lambda: torch.tanh(x))
t("sigmoid", lambda: torch.sigmoid(x))
t("atan", lambda: torch.atan(x))
t("asin", lambda: torch.asin(torch.tensor([-1.0, -0.5, 0.0, 0.5, 1.0, 1.5])))
t("abs neg", lambda: torch.abs(x))
t("neg", lambda: torch.neg(x))
t("reciprocal", lambda: torch.reciprocal(torch.tensor([0.0, 2.0, -4.0])))
t("square", lambda: torch.square(x))
t("sign", lambda: torch.sign(x))
t("exp int", lambda: torch.exp(torch.tensor([0, 1, 2])))
t("sqrt int", lambda: torch.sqrt(torch.tensor([4, 2])))
t("sin int dtype", lambda: torch.sin(torch.tensor([1])).dtype)
t("exp f64", lambda: torch.exp(torch.tensor([1.0], dtype=torch.float64)).item())
t("tolist", lambda: torch.exp(torch.tensor([0.5])).tolist())
