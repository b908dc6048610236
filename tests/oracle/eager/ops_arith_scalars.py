# Tensor-scalar arithmetic with Python ints, floats and bools on either side.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


x = torch.tensor([1.0, -2.0, 4.0])
n = torch.tensor([3, -4, 5])
t("x + 1", lambda: x + 1)
t("1 + x", lambda: 1 + x)
t("x - 0.5", lambda: x - 0.5)
t("0.5 - x", lambda: 0.5 - x)
t("x * True", lambda: x * True)
t("2 * n", lambda: 2 * n)
t("n * 2.5", lambda: n * 2.5)
t("n / 2", lambda: n / 2)
t("7 / n", lambda: 7 / n)
t("7 // n", lambda: 7 // n)
t("7 % n", lambda: 7 % n)
t("2 ** n", lambda: 2 ** torch.tensor([0, 1, 3]))
t("2.0 ** n", lambda: 2.0 ** n)
t("x ** 0.5", lambda: x ** 0.5)
t("n ** 0", lambda: n ** 0)
t("x / 0", lambda: x / 0)
t("-x", lambda: -x)
t("+x", lambda: +x)
t("abs(x)", lambda: abs(x))
t("x == 4", lambda: x == 4)
t("1 < x", lambda: 1 < x)
t("x + 10**20", lambda: x + 10 ** 20)
t("n + 2**62", lambda: n + 2 ** 62)
t("n + 2**63", lambda: n + 2 ** 63)
t("x + None", lambda: x + None)
t("x + 'a'", lambda: x + "a")
t("[1] + x", lambda: [1] + x)
