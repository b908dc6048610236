# Inferred dtypes of factories and ops from Python values and the default dtype.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


t("tensor int", lambda: torch.tensor(1).dtype)
t("tensor float", lambda: torch.tensor(1.0).dtype)
t("tensor bool", lambda: torch.tensor(False).dtype)
t("tensor nested mix", lambda: torch.tensor([[1, 2], [3.0, 4]]).dtype)
t("tensor bool int", lambda: torch.tensor([False, 2]).dtype)
t("full int", lambda: torch.full((1,), 2).dtype)
t("full float", lambda: torch.full((1,), 2.0).dtype)
t("full bool", lambda: torch.full((1,), True).dtype)
t("arange int", lambda: torch.arange(3).dtype)
t("arange float step", lambda: torch.arange(0, 3, 1.0).dtype)
t("linspace", lambda: torch.linspace(0, 3, 4).dtype)
t("zeros", lambda: torch.zeros(1).dtype)
t("ones_like int", lambda: torch.ones_like(torch.tensor([1])).dtype)
t("scalar_tensor", lambda: torch.scalar_tensor(1).dtype)
t("int / int", lambda: (torch.tensor(3) / torch.tensor(2)).dtype)
t("int // int", lambda: (torch.tensor(3) // torch.tensor(2)).dtype)
t("int * 1.0", lambda: (torch.tensor([3]) * 1.0).dtype)
t("int32 * 1.0", lambda: (torch.tensor([3], dtype=torch.int32) * 1.0).dtype)
t("f64 0d * f32", lambda: (torch.tensor(1.0, dtype=torch.float64) * torch.ones(2)).dtype)
t("i64 0d * i32", lambda: (torch.tensor(1) * torch.ones(2, dtype=torch.int32)).dtype)
t("f32 0d * i64", lambda: (torch.tensor(1.0) * torch.ones(2, dtype=torch.int64)).dtype)
t("bool 0d * u8", lambda: (torch.tensor(True) * torch.ones(2, dtype=torch.uint8)).dtype)
t("sum bool", lambda: torch.tensor([True]).sum().dtype)
t("mean f64", lambda: torch.ones(2, dtype=torch.float64).mean().dtype)
t("sqrt int", lambda: torch.sqrt(torch.tensor([4])).dtype)
t("abs int", lambda: torch.abs(torch.tensor([-4])).dtype)
t("sigmoid f64", lambda: torch.sigmoid(torch.tensor([0.0], dtype=torch.float64)).dtype)
t("where scalars", lambda: torch.where(torch.tensor([True]), 1, 2.5).dtype)
t("cat empty f32 + i64", lambda: torch.cat([torch.tensor([]), torch.tensor([1])]).dtype)
