# float16 / bfloat16 conversions both ways: round to nearest-even, overflow to inf, subnormals,
# NaN, integer casts, the conversion methods and constructors, element sizes and finfo.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


f = torch.tensor([65504., 65519., 65520., -65520., 1e5, 2049., 2051., 4097., 1. + 2 ** -11, 1. + 3 * 2 ** -12])
t("f32->f16", lambda: f.half().tolist())
t("f32->bf16", lambda: f.bfloat16().tolist())
s = torch.tensor([2 ** -24, 2 ** -25, 3 * 2 ** -26, 2 ** -14, 2 ** -15 * 1.5, 1e-9, -2 ** -25, 6.1e-5])
t("subnormal f16", lambda: s.half().tolist())
t("subnormal bf16", lambda: torch.tensor([1e-39, 1e-40, 1e-45]).bfloat16().tolist())
t("bf16 ties", lambda: torch.tensor([1. + 2 ** -8, 1. + 3 * 2 ** -8, 1. + 2 ** -8 + 2 ** -20]).bfloat16().tolist())
t("bf16 max", lambda: torch.tensor([3.3895313892515355e+38, 3.39e38, -3.4e38]).bfloat16().tolist())
t("nan", lambda: torch.tensor([float("nan"), float("-inf"), -0.0]).half())
t("nan bf16", lambda: torch.tensor([float("nan"), float("inf"), -0.0]).bfloat16())
t("f64->f16", lambda: torch.tensor([0.1, 1 / 3, 2049.0000001], dtype=torch.float64).half().tolist())
t("f16->f64", lambda: torch.tensor([0.1], dtype=torch.float16).double())
t("f16->bf16", lambda: torch.tensor([0.1, 300.7, 60000.], dtype=torch.float16).bfloat16().tolist())
t("bf16->f16", lambda: torch.tensor([1e-6, 0.1, 7e4], dtype=torch.bfloat16).half().tolist())
hi = torch.tensor([-2.7, -0.5, 0.5, 2.7, 255.9, 300., float("inf"), float("nan")], dtype=torch.float16)
t("to int64", lambda: hi.long().tolist())
t("to int32", lambda: hi.int().tolist())
t("to int8", lambda: hi.to(torch.int8).tolist())
t("to uint8", lambda: hi[:6].byte().tolist())
t("to bool", lambda: hi.bool().tolist())
t("int->f16", lambda: torch.tensor([65504, 65519, 65520, 2049, -70000]).half().tolist())
t("bool->f16", lambda: torch.tensor([True, False]).half())
t("ctor int", lambda: torch.tensor([1, 2049, 100000], dtype=torch.float16))
t("ctor bool", lambda: torch.tensor([True], dtype=torch.bfloat16))
t("to", lambda: torch.ones(2).to(torch.float16).dtype)
t("to other", lambda: torch.ones(2).to(torch.ones(1, dtype=torch.bfloat16)).dtype)
t("type_as", lambda: torch.ones(2).type_as(torch.ones(1, dtype=torch.float16)).dtype)
t("type str", lambda: torch.ones(2).type("torch.HalfTensor").dtype)
t("type", lambda: (torch.ones(2).half().type(), torch.ones(2).bfloat16().type()))
t("isinstance", lambda: (isinstance(torch.ones(1).half(), torch.HalfTensor), isinstance(torch.ones(1), torch.HalfTensor)))
t("HalfTensor dtype", lambda: (torch.HalfTensor.dtype, torch.BFloat16Tensor.dtype))
t("sizes", lambda: (torch.ones(3).half().element_size(), torch.ones(1, dtype=torch.bfloat16).element_size()))
t("aliases", lambda: (torch.half, torch.float16 is torch.half, torch.bfloat16, torch.float16.is_floating_point))
t("finfo f16", lambda: torch.finfo(torch.float16))
t("finfo bf16", lambda: torch.finfo(torch.bfloat16))
t("finfo fields", lambda: (torch.finfo(torch.half).eps, torch.finfo(torch.half).max, torch.finfo(torch.half).tiny,
                           torch.finfo(torch.bfloat16).eps, torch.finfo(torch.bfloat16).bits))
t("zeros_like", lambda: torch.zeros_like(torch.ones(2, dtype=torch.float16)))
t("full", lambda: torch.full((2,), 0.1, dtype=torch.float16))
t("full bf16", lambda: torch.full((2, 2), 1 / 3, dtype=torch.bfloat16))
t("arange", lambda: torch.arange(0, 1, 0.1, dtype=torch.float16))
t("linspace", lambda: torch.linspace(0, 1, 5, dtype=torch.bfloat16))
t("eye", lambda: torch.eye(2, dtype=torch.float16))
t("copy_", lambda: torch.zeros(3, dtype=torch.float16).copy_(torch.tensor([0.1, 1e5, -1e-8])))
t("setitem", lambda: [x for x in [torch.zeros(3, dtype=torch.bfloat16)] if x.__setitem__(1, 0.1) is None][0])
t("item", lambda: (torch.tensor(0.1, dtype=torch.float16).item(), torch.tensor(0.1, dtype=torch.bfloat16).item()))
t("float()", lambda: float(torch.tensor(1 / 3, dtype=torch.float16)))
t("int()", lambda: int(torch.tensor(7.9, dtype=torch.bfloat16)))
