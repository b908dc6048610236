# torch.finfo / torch.iinfo for every dtype.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


for dt in [torch.float32, torch.float64]:
    fi = torch.finfo(dt)
    print(dt, fi.bits, fi.eps, fi.max, fi.min, fi.tiny, fi.smallest_normal, fi.resolution, fi.dtype)
for dt in [torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64]:
    ii = torch.iinfo(dt)
    print(dt, ii.bits, ii.max, ii.min, ii.dtype)
t("finfo default", lambda: torch.finfo().eps)
t("finfo int", lambda: torch.finfo(torch.int32))
t("iinfo float", lambda: torch.iinfo(torch.float32))
t("iinfo bool", lambda: torch.iinfo(torch.bool))
t("finfo repr", lambda: repr(torch.finfo(torch.float32)))
t("iinfo repr", lambda: repr(torch.iinfo(torch.int8)))
t("eps add", lambda: torch.tensor(1.) + torch.finfo(torch.float32).eps > 1)
t("half eps add", lambda: torch.tensor(1.) + torch.finfo(torch.float32).eps / 2 > 1)
t("max overflow", lambda: torch.tensor(torch.finfo(torch.float32).max) * 2)
