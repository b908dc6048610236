# Bitwise and shift operators on integer and bool tensors.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


a = torch.tensor([12, -5, 0, 255])
b = torch.tensor([10, 3, 7, 1])
u = torch.tensor([12, 200], dtype=torch.uint8)
bl = torch.tensor([True, False, True])
t("and", lambda: a & b)
t("or", lambda: a | b)
t("xor", lambda: a ^ b)
t("not", lambda: ~a)
t("shl", lambda: a << 2)
t("shr", lambda: a >> 1)
t("shr neg", lambda: torch.tensor([-8, -1]) >> 1)
t("u8 not", lambda: ~u)
t("u8 shl", lambda: u << 1)
t("u8 shr", lambda: u >> 3)
t("bool and", lambda: bl & torch.tensor([True, True, False]))
t("bool or", lambda: bl | False)
t("bool xor", lambda: bl ^ True)
t("bool not", lambda: ~bl)
t("bitwise_and fn", lambda: torch.bitwise_and(a, 6))
t("bitwise_not", lambda: torch.bitwise_not(torch.tensor([0, 1], dtype=torch.int8)))
t("bitwise_xor", lambda: torch.bitwise_xor(a, b))
t("float and", lambda: torch.tensor([1.]) & torch.tensor([1.]))
t("float not", lambda: ~torch.tensor([1.5]))
t("and scalar float", lambda: a & 1.5)
t("rand", lambda: 3 & a)
t("ror", lambda: 8 | a)
t("rshl", lambda: 1 << torch.tensor([0, 1, 4]))
t("iand", lambda: (lambda x: x.__iand__(torch.tensor([1, 1, 1, 1])))(a.clone()))
t("int8 and uint8", lambda: (torch.tensor([3], dtype=torch.int8) & torch.tensor([5], dtype=torch.uint8)).dtype)
t("logical ops", lambda: (torch.logical_or(a, b), torch.logical_xor(a, b), torch.logical_not(a)))
