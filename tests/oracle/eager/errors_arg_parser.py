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
t("add bad alpha", lambda: torch.add(x, x, alpha="a"))
t("unsqueeze none", lambda: x.unsqueeze(None))
t("matmul int", lambda: torch.matmul(x, 3))
t("topk float", lambda: x.topk(1.5))
t("tensor kw", lambda: torch.tensor([1], dtpye=torch.float32))
