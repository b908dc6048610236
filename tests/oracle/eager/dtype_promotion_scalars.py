# Type promotion between tensors of each category and Python scalars.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


i8 = torch.tensor([1, 2], dtype=torch.int8)
u8 = torch.tensor([1, 2], dtype=torch.uint8)
i32 = torch.tensor([1, 2], dtype=torch.int32)
i64 = torch.tensor([1, 2])
f32 = torch.tensor([1., 2.])
f64 = torch.tensor([1., 2.], dtype=torch.float64)
b = torch.tensor([True, False])
t("i8 + 1", lambda: (i8 + 1).dtype)
t("i8 + 1000", lambda: i8 + 1000)
t("i8 + 1.5", lambda: (i8 + 1.5))
t("u8 + i8", lambda: (u8 + i8).dtype)
t("u8 - 3", lambda: u8 - 3)
t("i32 + i64", lambda: (i32 + i64).dtype)
t("i32 * 2.0", lambda: (i32 * 2.0).dtype)
t("f32 + f64", lambda: (f32 + f64).dtype)
t("f32 + f64 0d", lambda: (f32 + torch.tensor(1., dtype=torch.float64)).dtype)
t("i64 + f64 0d", lambda: (i64 + torch.tensor(1., dtype=torch.float64)).dtype)
t("i32 + i64 0d", lambda: (i32 + torch.tensor(1)).dtype)
t("u8 + i64 0d", lambda: (u8 + torch.tensor(300)))
t("b + b", lambda: b + b)
t("b + 1", lambda: b + 1)
t("b + 1.5", lambda: b + 1.5)
t("b * True", lambda: b * True)
t("b - b", lambda: b - b)
t("i64 + True", lambda: (i64 + True).dtype)
t("f64 * 2", lambda: f64 * 2)
t("i64 / i64", lambda: (i64 / i64).dtype)
t("i64 / 2", lambda: i64 / 2)
t("promote_types", lambda: [torch.promote_types(torch.uint8, torch.int8), torch.promote_types(torch.bool, torch.int16), torch.promote_types(torch.int64, torch.float32)])
t("result_type", lambda: [torch.result_type(i32, 2.0), torch.result_type(u8, 5), torch.result_type(b, True), torch.result_type(2, 3.0)])
t("can_cast", lambda: [torch.can_cast(torch.float32, torch.int32), torch.can_cast(torch.int32, torch.float32), torch.can_cast(torch.bool, torch.uint8)])
