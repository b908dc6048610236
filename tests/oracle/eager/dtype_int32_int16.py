# int32 and int16 tensors: results keep their dtype, promotion with int64 and floats.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


a = torch.tensor([1, -2, 3], dtype=torch.int32)
h = torch.tensor([300, -300, 7], dtype=torch.int16)
t("a + 1", lambda: a + 1)
t("a + 1 dtype", lambda: (a + 1).dtype)
t("a * a", lambda: a * a)
t("a + h", lambda: (a + h).dtype)
t("h * 200", lambda: h * 200)
t("a / 2", lambda: a / 2)
t("a // 2", lambda: a // 2)
t("a ** 2", lambda: a ** 2)
t("a.sum", lambda: a.sum())
t("a.sum dtype", lambda: a.sum().dtype)
t("a.cumsum dtype", lambda: a.cumsum(0).dtype)
t("a.max", lambda: a.max())
t("a.argmax dtype", lambda: a.argmax().dtype)
t("a.sort", lambda: a.sort())
t("a.float", lambda: a.float())
t("a.long", lambda: a.long().dtype)
t("h.tolist", lambda: h.tolist())
t("zeros int32", lambda: torch.zeros(2, dtype=torch.int32) + torch.tensor(2 ** 31 - 1, dtype=torch.int32))
t("arange int32", lambda: torch.arange(3, dtype=torch.int32))
t("full int16", lambda: torch.full((2,), 7, dtype=torch.int16))
t("cat mix", lambda: torch.cat([a, torch.tensor([4])]).dtype)
t("where mix", lambda: torch.where(torch.tensor([True, False, True]), a, h).dtype)
t("a == 1.0", lambda: a == 1.0)
t("eye int16", lambda: torch.eye(2, dtype=torch.int16))
