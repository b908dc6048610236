# tolist / item / int() / float() / bool() conversions for every dtype and shape.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


for dt in [torch.float32, torch.float64, torch.int64, torch.int32, torch.int8, torch.uint8, torch.bool]:
    x = torch.tensor([[0, 1], [2, 3]]).to(dt)
    print(dt, x.tolist(), x[1, 1].item(), type(x[0, 0].item()).__name__)
t("0d tolist", lambda: torch.tensor(2.5).tolist())
t("empty tolist", lambda: torch.zeros(0, 2).tolist())
t("f32 item", lambda: torch.tensor(0.1).item())
t("f64 item", lambda: torch.tensor(0.1, dtype=torch.float64).item())
t("int()", lambda: int(torch.tensor(-2.7)))
t("float()", lambda: float(torch.tensor(3)))
t("bool()", lambda: bool(torch.tensor(0.0)))
t("bool 2", lambda: bool(torch.tensor([1, 1])))
t("bool empty", lambda: bool(torch.tensor([])))
t("list()", lambda: list(torch.tensor([1, 2])))
t("iter 0d", lambda: list(torch.tensor(1)))
t("len", lambda: len(torch.zeros(3, 2)))
t("len 0d", lambda: len(torch.tensor(1.)))
t("range index", lambda: list(range(10))[torch.tensor(3)])
t("in", lambda: 2 in torch.tensor([1, 2, 3]))
t("numel", lambda: torch.zeros(2, 3).numel())
