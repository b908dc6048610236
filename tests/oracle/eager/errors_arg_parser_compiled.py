# python_arg_parser's messages raised inside torch.compile'd functions: the same as eager
# (errors_arg_parser.py prints the same lines for the same calls).
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


x = torch.ones(2, 3)


@torch.compile
def f0(x):
    x = x * 1
    return x.sum("a")


t("sum str dim", lambda: f0(x))

@torch.compile
def f1(x):
    x = x * 1
    return torch.sum(x, 1.5)


t("sum float dim", lambda: f1(x))

@torch.compile
def f2(x):
    x = x * 1
    return x.sum(0, True, torch.float32, 5)


t("sum too many", lambda: f2(x))

@torch.compile
def f3(x):
    x = x * 1
    return torch.add(x, "a")


t("add str", lambda: f3(x))

@torch.compile
def f4(x):
    x = x * 1
    return torch.zeros("a")


t("zeros str", lambda: f4(x))

@torch.compile
def f5(x):
    x = x * 1
    return torch.zeros([2, 2.5])


t("zeros list float", lambda: f5(x))

@torch.compile
def f6(x):
    x = x * 1
    return x.view("a")


t("view str", lambda: f6(x))

@torch.compile
def f7(x):
    x = x * 1
    return x.reshape(1.5, 4)


t("reshape float", lambda: f7(x))

@torch.compile
def f8(x):
    x = x * 1
    return torch.cat(x, x)


t("cat tensor", lambda: f8(x))

@torch.compile
def f9(x):
    x = x * 1
    return x.clamp([1], (2,))


t("clamp lists", lambda: f9(x))

@torch.compile
def f10(x):
    x = x * 1
    return torch.cat([x, 1])


t("cat list int", lambda: f10(x))

@torch.compile
def f11(x):
    x = x * 1
    return x.unsqueeze(0, 1)


t("unsqueeze two", lambda: f11(x))

@torch.compile
def f12(x):
    x = x * 1
    return x.topk(1, dimm=0)


t("topk bad kw", lambda: f12(x))

@torch.compile
def f13(x):
    x = x * 1
    return torch.zeros(2, dtyp=1, devic=2, layou=3)


t("zeros three kw", lambda: f13(x))
