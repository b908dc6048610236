# uint8 and int8 tensors: arithmetic, comparisons, promotion and reductions.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


u = torch.tensor([0, 100, 200, 255], dtype=torch.uint8)
s = torch.tensor([-128, -1, 0, 127], dtype=torch.int8)
t("u + u", lambda: u + u)
t("u - 101", lambda: u - 101)
t("u * 2", lambda: u * 2)
t("u // 3", lambda: u // 3)
t("u / 3", lambda: u / 3)
t("u > 150", lambda: u > 150)
t("u + s", lambda: u + s)
t("u + s dtype", lambda: (u + s).dtype)
t("u.sum", lambda: u.sum())
t("u.max", lambda: u.max())
t("u.float", lambda: u.float())
t("u.tolist", lambda: u.tolist())
t("s + s", lambda: s + s)
t("s * -1", lambda: s * -1)
t("s.abs", lambda: s.abs())
t("s // 2", lambda: s // 2)
t("s % 3", lambda: s % 3)
t("s.sum", lambda: s.sum())
t("s.min", lambda: s.min())
t("s.sort", lambda: s.sort(descending=True).values)
t("s.to(u)", lambda: s.to(torch.uint8))
t("u.to(s)", lambda: u.to(torch.int8))
t("u + 1.5", lambda: u + 1.5)
t("u & s", lambda: u & torch.tensor([1, 2, 3, 4], dtype=torch.uint8))
t("u mean err", lambda: u.mean())
