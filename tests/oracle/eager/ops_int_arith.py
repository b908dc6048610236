# Integer tensor arithmetic: results, dtypes, pow, abs, sign.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


a = torch.tensor([-7, -1, 0, 3, 8])
b = torch.tensor([2, 3, 5, -2, 3])
t("add", lambda: a + b)
t("sub", lambda: a - b)
t("mul", lambda: a * b)
t("div", lambda: a / b)
t("floordiv", lambda: a // b)
t("mod", lambda: a % b)
t("pow", lambda: b ** 2)
t("pow tensor", lambda: torch.tensor([2, 3]) ** torch.tensor([3, 2]))
t("pow neg", lambda: torch.tensor([2]) ** -1)
t("pow float exp", lambda: a ** 0.5)
t("float pow int", lambda: torch.tensor([2.0, 4.0]) ** torch.tensor([2, 3]))
t("abs", lambda: a.abs())
t("sign", lambda: a.sign())
t("neg", lambda: -a)
t("square", lambda: a.square())
t("sum", lambda: a.sum())
t("prod", lambda: b.prod())
t("mean float", lambda: a.float().mean())
t("max", lambda: a.max())
t("argmin", lambda: a.argmin())
t("cumsum", lambda: a.cumsum(0))
t("add alpha", lambda: torch.add(a, b, alpha=2))
t("sub alpha", lambda: torch.sub(a, b, alpha=3))
t("int * float scalar", lambda: a * 0.5)
t("int + bool", lambda: a + True)
t("mul_ int", lambda: a.clone().mul_(3))
