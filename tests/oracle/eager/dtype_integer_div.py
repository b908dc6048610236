# Integer division, remainder and rounding modes on every integer dtype.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


a = torch.tensor([7, -7, 7, -7, 0])
b = torch.tensor([2, 2, -2, -2, 3])
t("floordiv", lambda: a // b)
t("true div", lambda: a / b)
t("div trunc", lambda: torch.div(a, b, rounding_mode="trunc"))
t("div floor", lambda: torch.div(a, b, rounding_mode="floor"))
t("div bad mode", lambda: torch.div(a, b, rounding_mode="round"))
t("remainder", lambda: a % b)
t("fmod", lambda: torch.fmod(a, b))
t("remainder scalar", lambda: torch.remainder(a, 3))
t("int8 floordiv", lambda: torch.tensor([-128, 127], dtype=torch.int8) // 3)
t("int8 min // -1", lambda: torch.tensor([-128], dtype=torch.int8) // -1)
t("uint8 div", lambda: torch.tensor([200, 7], dtype=torch.uint8) // 3)
t("int32 mod", lambda: torch.tensor([-5, 5], dtype=torch.int32) % 3)
t("float floordiv", lambda: torch.tensor([7.5, -7.5]) // 2)
t("float mod", lambda: torch.tensor([7.5, -7.5]) % 2)
t("float mod neg", lambda: torch.tensor([7.5, -7.5]) % -2)
t("float fmod", lambda: torch.fmod(torch.tensor([7.5, -7.5]), 2))
t("int // 0", lambda: a // 0)
t("int % 0", lambda: a % torch.tensor(0))
t("float // 0", lambda: torch.tensor([1., -1., 0.]) // 0)
t("float % 0", lambda: torch.tensor([1., -1.]) % 0)
t("rfloordiv", lambda: 10 // torch.tensor([3, -3]))
t("rmod", lambda: 10 % torch.tensor([3, -3]))
t("div int dtype", lambda: torch.div(torch.tensor([5, 6]), 2, rounding_mode="floor").dtype)
t("floor_divide", lambda: torch.floor_divide(torch.tensor([5, -5]), 2))
