# Factory functions with dtype / requires_grad / device arguments.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


t("zeros f64", lambda: torch.zeros(2, 2, dtype=torch.float64))
t("zeros tuple", lambda: torch.zeros((2, 3), dtype=torch.int8))
t("zeros list", lambda: torch.zeros([2], dtype=torch.bool))
t("ones rg", lambda: torch.ones(3, requires_grad=True))
t("ones rg int", lambda: torch.ones(3, dtype=torch.int64, requires_grad=True))
t("full int dtype", lambda: torch.full((2,), 3, dtype=torch.float32))
t("full float to int", lambda: torch.full((2,), 3.7, dtype=torch.int32))
t("full bool val", lambda: torch.full((1, 2), False).dtype)
t("empty dtype", lambda: (torch.empty(2, dtype=torch.int16).dtype, torch.empty(0).shape))
t("arange dtype", lambda: torch.arange(4, dtype=torch.float64))
t("arange float dtype", lambda: torch.arange(0.5, 3))
t("arange int from float", lambda: torch.arange(0, 2.5, 0.5, dtype=torch.int64))
t("linspace dtype", lambda: torch.linspace(0, 10, 5, dtype=torch.int64))
t("linspace one", lambda: torch.linspace(3, 7, 1))
t("linspace zero", lambda: torch.linspace(3, 7, 0))
t("device cpu", lambda: torch.zeros(2, device="cpu").device)
t("device obj", lambda: torch.ones(1, device=torch.device("cpu")))
t("device type", lambda: torch.device("cpu").type)
t("zeros rg grad_fn", lambda: torch.zeros(2, requires_grad=True).grad_fn)
t("is_leaf", lambda: torch.zeros(2, requires_grad=True).is_leaf)
t("eye dtype", lambda: torch.eye(2, dtype=torch.int32))
t("eye rg", lambda: torch.eye(2, requires_grad=True))
t("scalar_tensor", lambda: torch.scalar_tensor(3))
t("tensor rg", lambda: torch.tensor([1., 2.], requires_grad=True))
t("tensor rg int", lambda: torch.tensor([1, 2], requires_grad=True))
t("zeros size obj", lambda: torch.zeros(torch.Size([2, 1])))
t("ones 0d", lambda: torch.ones(()))
t("ones kw size", lambda: torch.ones(size=(1, 2)))
