# Shapes from combinations of None, Ellipsis, ints, slices and index lists.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


x = torch.arange(60).view(3, 4, 5)
for label, idx in [
    ("None first", (None,)),
    ("None last", (..., None)),
    ("None mid", (slice(None), None, 0)),
    ("two None", (None, 1, None)),
    ("ell int", (..., 2)),
    ("int ell", (1, ...)),
    ("int ell int", (1, ..., 3)),
    ("ell slice", (..., slice(1, 3))),
    ("None ell None", (None, ..., None)),
    ("list ell", ([0, 2], ...)),
    ("ell list", (..., [0, 4])),
    ("int list", (0, [1, 2])),
    ("list int list", ([0, 1], 2, [3, 4])),
    ("slice list slice", (slice(None), [0, 3], slice(0, 2))),
    ("bool None", (True, None)),
    ("mask ell", (torch.tensor([True, False, True]), ...)),
]:
    try:
        r = x[idx]
        print(label, "->", tuple(r.shape), r.flatten()[:4].tolist())
    except Exception as e:
        print(label, "->", type(e).__name__, e)
t("empty tuple", lambda: x[()].shape)
t("ell only", lambda: x[...].shape)
t("ell is view", lambda: x[...].data_ptr() == x.data_ptr())
