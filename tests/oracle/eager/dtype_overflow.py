# Integer overflow wraps around (two's complement) in tensor arithmetic.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


i8 = torch.tensor([127, -128, 100], dtype=torch.int8)
u8 = torch.tensor([255, 0, 128], dtype=torch.uint8)
i16 = torch.tensor([32767, -32768], dtype=torch.int16)
i32 = torch.tensor([2147483647, -2147483648], dtype=torch.int32)
i64 = torch.tensor([9223372036854775807, -9223372036854775808])
t("i8 + 1", lambda: i8 + 1)
t("i8 * 2", lambda: i8 * 2)
t("i8 neg", lambda: -i8)
t("i8 abs", lambda: torch.abs(i8))
t("u8 + 1", lambda: u8 + 1)
t("u8 - 1", lambda: u8 - 1)
t("u8 * 2", lambda: u8 * 2)
t("u8 neg", lambda: -u8)
t("i16 + 1", lambda: i16 + 1)
t("i32 + 1", lambda: i32 + 1)
t("i32 * 2", lambda: i32 * 2)
t("i64 + 1", lambda: i64 + 1)
t("i64 * -1", lambda: i64 * -1)
t("i8 sum", lambda: i8.sum())
t("i8 sum dtype", lambda: i8.sum().dtype)
t("u8 sum", lambda: u8.sum())
t("i32 sum", lambda: i32.sum())
t("i8 cumsum", lambda: i8.cumsum(0))
t("i8 prod", lambda: i8.prod())
t("to int8", lambda: torch.tensor([200, -200, 300]).to(torch.int8))
t("to uint8", lambda: torch.tensor([-1, 256, 257]).to(torch.uint8))
t("i8 pow", lambda: torch.tensor([2, 3], dtype=torch.int8) ** 7)
t("i8 max", lambda: i8.max())
