# Casts between dtypes: to/type/float/int/long/bool/half, truncation, bool conversions.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


f = torch.tensor([-1.7, -0.5, 0.0, 0.5, 1.7, 2.5])
t("int()", lambda: f.int())
t("long()", lambda: f.long())
t("bool()", lambda: f.bool())
t("to int8", lambda: f.to(torch.int8))
t("to uint8 neg", lambda: torch.tensor([1.7, 3.9]).to(torch.uint8))
t("byte()", lambda: torch.tensor([3, 300]).byte())
t("char()", lambda: torch.tensor([3, 200]).char())
t("short()", lambda: torch.tensor([70000]).short())
t("double()", lambda: torch.tensor([1, 2]).double())
t("float()", lambda: torch.tensor([True, False]).float())
t("type str", lambda: f.type())
t("type int", lambda: torch.tensor([1]).type())
t("type to", lambda: f.type(torch.int32))
t("type name", lambda: f.type("torch.LongTensor"))
t("to dtype kw", lambda: f.to(dtype=torch.float64).dtype)
t("to same", lambda: (lambda x: x.to(torch.float32) is x)(f))
t("to copy", lambda: (lambda x: x.to(torch.float32, copy=True) is x)(f))
t("to tensor", lambda: f.to(torch.tensor([1])))
t("to device", lambda: f.to("cpu").device)
t("int tensor bool", lambda: torch.tensor([0, 1, -3]).bool())
t("nan to int", lambda: torch.tensor([1.5]).int().item())
t("bool of 1 elem", lambda: bool(torch.tensor([0.])))
t("bool of 2 elem", lambda: bool(torch.tensor([1., 2.])))
t("int()", lambda: int(torch.tensor(3.9)))
t("float()", lambda: float(torch.tensor([2])))
t("int of 2", lambda: int(torch.tensor([1, 2])))
t("index", lambda: [10, 20, 30][torch.tensor(1)])
t("index float", lambda: [10, 20, 30][torch.tensor(1.)])
t("dtype attrs", lambda: (torch.float32.is_floating_point, torch.int8.is_signed, torch.uint8.is_signed, torch.bool.is_floating_point))
t("dtype itemsize", lambda: (torch.float64.itemsize, torch.int16.itemsize))
