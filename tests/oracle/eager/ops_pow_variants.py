# pow with negative, fractional and zero exponents, integer bases and special values.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


f = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
i = torch.tensor([-2, -1, 0, 1, 2])
t("f ** 2", lambda: f ** 2)
t("f ** 3", lambda: f ** 3)
t("f ** 0.5", lambda: f ** 0.5)
t("f ** -1", lambda: f ** -1)
t("f ** 0", lambda: f ** 0)
t("f ** f", lambda: f ** f)
t("i ** 2", lambda: i ** 2)
t("i ** 3", lambda: i ** 3)
t("i ** 0", lambda: i ** 0)
t("i ** -1", lambda: i ** -1)
t("i ** -1 tensor", lambda: i ** torch.tensor(-1))
t("i ** i", lambda: torch.tensor([2, 3, 4]) ** torch.tensor([0, 1, 2]))
t("i ** 0.5", lambda: i ** 0.5)
t("torch.pow scalar base", lambda: torch.pow(2, i))
t("pow inf", lambda: torch.tensor([float("inf"), -float("inf")]) ** 2)
t("pow nan 0", lambda: torch.tensor([float("nan")]) ** 0)
t("float_power", lambda: torch.float_power(torch.tensor([2, 3]), 2))
t("sqrt vs pow", lambda: torch.equal(torch.tensor([2.0]) ** 0.5, torch.sqrt(torch.tensor([2.0]))))
t("square", lambda: torch.square(i))
t("rsqrt", lambda: torch.rsqrt(torch.tensor([4.0, 0.0, -1.0])))
t("exp2", lambda: torch.exp2(torch.tensor([0.0, 3.0, -1.0])))
