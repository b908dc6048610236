# float16 / bfloat16 elementwise arithmetic: per-op float32 compute rounded to the dtype, scalars,
# in-place ops, broadcasting, inf/nan/subnormals, and type promotion with other operands.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


h = torch.tensor([0.1, 0.2, 0.3, 1000., -7.25], dtype=torch.float16)
g = torch.tensor([3., -0.5, 1e-3, 64., 2.], dtype=torch.float16)
t("add", lambda: h + g)
t("sub", lambda: h - g)
t("mul", lambda: h * g)
t("div", lambda: h / g)
t("add scalar 0.1", lambda: (h + 0.1).tolist())
t("mul scalar 0.1", lambda: (h * 0.1).tolist())
t("rsub", lambda: 1 - h)
t("rdiv", lambda: 1 / h)
t("pow 2", lambda: h ** 2)
t("pow 0.5", lambda: (g.abs() ** 0.5).tolist())
t("abs neg", lambda: (h.abs(), -h))
t("reciprocal", lambda: g.reciprocal())
t("floordiv", lambda: h // g)
t("remainder", lambda: h % g)
t("broadcast", lambda: h.reshape(5, 1)[:2] * g[:3])
t("overflow", lambda: torch.tensor([60000.], dtype=torch.float16) * 2)
t("overflow neg", lambda: torch.tensor([-60000.], dtype=torch.float16) - 10000)
t("inf - inf", lambda: torch.tensor([float("inf")], dtype=torch.float16) - float("inf"))
t("subnormal mul", lambda: (torch.tensor([1e-4], dtype=torch.float16) * 1e-2).tolist())
t("subnormal tiny", lambda: (torch.tensor([6e-5], dtype=torch.float16) / 4096).tolist())
t("div zero", lambda: torch.tensor([1., -1., 0.], dtype=torch.float16) / 0)
t("cmp", lambda: (h > g, h == h, h != g))
t("max min", lambda: (h.max(), h.min(), h.argmax(), h.argmin()))
t("maximum", lambda: torch.maximum(h, g))
t("where", lambda: torch.where(h > 0.25, h, g))
t("masked_fill", lambda: h.masked_fill(h > 1, 0.1))
i = h.clone()
i += 0.1
t("iadd", lambda: i)
i *= 3
t("imul", lambda: i)
t("iadd f32", lambda: h.clone().add_(torch.ones(5)))
t("dtypes", lambda: [(h + x).dtype for x in (1, 1.5, True, torch.tensor(2.5), torch.tensor([2.5]),
                                             torch.tensor([2]), torch.tensor([2.], dtype=torch.float64),
                                             torch.tensor(2., dtype=torch.float64))])
t("bf16 dtypes", lambda: [(h.bfloat16() + x).dtype for x in (1, 1.5, h, torch.tensor(2.5), torch.tensor(2, dtype=torch.int8))])
t("int + half", lambda: torch.tensor([1, 2, 3]) + torch.tensor(0.5, dtype=torch.float16))
t("int / half 0d", lambda: torch.tensor([1, 2, 3]) / torch.tensor(3., dtype=torch.float16))
t("int true div", lambda: (torch.tensor([1, 2], dtype=torch.int16) / 3).dtype)
t("result_type", lambda: (torch.result_type(h, 1.0), torch.result_type(torch.tensor([1]), torch.tensor(1., dtype=torch.bfloat16))))
t("promote_types", lambda: [torch.promote_types(torch.float16, x) for x in
                            (torch.bfloat16, torch.float32, torch.float64, torch.uint8, torch.bool, torch.int64)])
t("can_cast", lambda: (torch.can_cast(torch.float16, torch.int32), torch.can_cast(torch.float32, torch.float16),
                       torch.can_cast(torch.int64, torch.bfloat16)))
t("iadd int into half ok", lambda: torch.zeros(2, dtype=torch.float16).add_(torch.tensor([1, 2])))
t("iadd half into int", lambda: torch.zeros(2, dtype=torch.int64).add_(torch.ones(2, dtype=torch.float16)))
b = torch.tensor([0.1, 0.2, 0.3, 1000., -7.25], dtype=torch.bfloat16)
t("bf add", lambda: b + b.flip(0))
t("bf mul scalar", lambda: (b * 0.1).tolist())
t("bf div", lambda: b / 7)
t("bf big", lambda: torch.tensor([3e38], dtype=torch.bfloat16) * 2)
