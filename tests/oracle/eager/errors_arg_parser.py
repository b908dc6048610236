# python_arg_parser's messages for wrong argument types and combinations.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


x = torch.ones(2, 3)
t("sum str dim", lambda: x.sum("a"))
t("sum float dim", lambda: torch.sum(x, 1.5))
t("sum bad kw", lambda: x.sum(dimm=1))
t("sum too many", lambda: x.sum(0, True, torch.float32, 5))
t("add str", lambda: torch.add(x, "a"))
t("add bad alpha", lambda: torch.add(x, x, alpha="a"))
t("mean dtype str", lambda: x.mean(dtype="float"))
t("zeros str", lambda: torch.zeros("a"))
t("zeros float", lambda: torch.zeros(2.5))
t("zeros list float", lambda: torch.zeros([2, 2.5]))
t("ones dtype bad", lambda: torch.ones(2, dtype=5))
t("arange str", lambda: torch.arange("a"))
t("view str", lambda: x.view("a"))
t("reshape float", lambda: x.reshape(1.5, 4))
t("transpose missing", lambda: x.transpose(0))
t("unsqueeze none", lambda: x.unsqueeze(None))
t("cat tensor", lambda: torch.cat(x, x))
t("matmul int", lambda: torch.matmul(x, 3))
t("clamp str", lambda: x.clamp("a"))
t("max str", lambda: x.max("a"))
t("topk float", lambda: x.topk(1.5))
t("softmax no dim", lambda: torch.softmax(x))
t("tensor kw", lambda: torch.tensor([1], dtpye=torch.float32))
t("full no value", lambda: torch.full((2,)))
t("randint bad", lambda: torch.randint(0, 5))
t("mul none", lambda: x.mul(None))
t("repeat str", lambda: x.repeat("a"))
t("expand float", lambda: x.expand(2.0, 3))
# Too many positional arguments, unknown and repeated keywords, missing arguments.
t("unsqueeze two", lambda: x.unsqueeze(0, 1))
t("topk five", lambda: x.topk(1, 0, True, True, 5))
t("matmul three", lambda: torch.matmul(x, x, x))
t("topk bad kw", lambda: x.topk(1, dimm=0))
t("unsqueeze bad kw", lambda: x.unsqueeze(dimm=0))
t("matmul twice", lambda: torch.matmul(x, x, other=x))
t("matmul missing", lambda: torch.matmul(x))
t("add missing", lambda: torch.add(x))
# Overloads whose argument count fits: each mismatching argument is marked.
t("clamp two str", lambda: x.clamp("a", "b"))
t("clamp lists", lambda: x.clamp([1], (2,)))
t("view list str", lambda: x.view([1, "a"]))
t("view varargs float", lambda: x.view(2, 2.5))
t("cat list int", lambda: torch.cat([x, 1]))
t("sum kw and pos", lambda: x.sum(1, keepdim="a"))
t("max two kw", lambda: x.max(dim=0, keepdimm=True))
t("softmax kw", lambda: torch.softmax(x, dim="a", dtype=torch.float32))
t("sum names list", lambda: x.sum(["a", "b"]))
t("transpose names", lambda: torch.transpose(x, "a", "b"))
# Keyword arguments in the order PyTorch's std::unordered_map lists them.
t("zeros three kw", lambda: torch.zeros(2, dtyp=1, devic=2, layou=3))
t("ones many kw", lambda: torch.ones(2, a=1, b=2, c=3, d=4, e=5, f=6))
# Factory listings: generator, no arguments at all, a bad fill value.
t("randint bad generator", lambda: torch.randint(0, 10, (3,), generator=5))
t("arange nothing", lambda: torch.arange())
t("full str value", lambda: torch.full((2,), "a"))
