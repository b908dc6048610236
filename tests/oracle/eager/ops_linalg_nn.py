# Everyday tensor linalg_nn as tutorials use them, values and error texts.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


torch.manual_seed(1)
a = torch.randn(2, 3)
b = torch.randn(3, 4)
t("mm", lambda: a @ b)
t("matmul vec", lambda: torch.ones(3) @ torch.ones(3))
t("matmul batch", lambda: (torch.ones(5, 2, 3) @ torch.ones(3, 4)).shape)
t("mm bad", lambda: a @ a)
t("bmm", lambda: torch.bmm(torch.ones(2, 2, 3), torch.ones(2, 3, 1)))
t("outer", lambda: torch.outer(torch.tensor([1, 2]), torch.tensor([3, 4, 5])))
t("dot", lambda: torch.dot(torch.tensor([1., 2.]), torch.tensor([3., 4.])))
lin = torch.nn.Linear(3, 2)
t("linear repr", lambda: lin)
t("linear weight", lambda: lin.weight)
t("linear out", lambda: lin(a))
t("linear bad", lambda: lin(torch.ones(2, 4)))
t("relu module", lambda: torch.nn.ReLU()(torch.tensor([-1., 1.])))
t("softmax module", lambda: torch.nn.Softmax(dim=1)(a))
t("log_softmax", lambda: torch.log_softmax(a, dim=1))
t("gelu", lambda: torch.nn.functional.gelu(a))
t("silu", lambda: torch.nn.functional.silu(a))
t("tanh module", lambda: torch.nn.Tanh()(a))
t("dropout eval", lambda: torch.nn.Dropout(0.5).eval()(torch.ones(4)))
t("dropout train", lambda: torch.nn.Dropout(0.5)(torch.ones(8)))
t("layernorm", lambda: torch.nn.LayerNorm(3)(a))
t("embedding", lambda: torch.nn.Embedding(5, 2)(torch.tensor([1, 4])))
t("embedding oob", lambda: torch.nn.Embedding(5, 2)(torch.tensor([7])))
t("mse", lambda: torch.nn.functional.mse_loss(a, torch.zeros(2, 3)))
t("cross_entropy", lambda: torch.nn.functional.cross_entropy(a, torch.tensor([0, 2])))
t("nll", lambda: torch.nn.functional.nll_loss(torch.log_softmax(a, 1), torch.tensor([1, 1])))
t("sequential", lambda: torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.ReLU(), torch.nn.Linear(4, 1)))
t("seq out", lambda: torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.ReLU(), torch.nn.Linear(4, 1))(a))
t("param count", lambda: sum(p.numel() for p in torch.nn.Linear(3, 4).parameters()))
t("named params", lambda: [n for n, _ in torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.Linear(4, 1)).named_parameters()])
t("conv2d", lambda: torch.nn.Conv2d(1, 2, 3)(torch.ones(1, 1, 4, 4)).shape)
t("conv2d repr", lambda: torch.nn.Conv2d(1, 2, 3, stride=2, padding=1))
t("maxpool", lambda: torch.nn.MaxPool2d(2)(torch.arange(16.).view(1, 1, 4, 4)))
t("batchnorm", lambda: torch.nn.BatchNorm1d(3)(a))
t("flatten module", lambda: torch.nn.Flatten()(torch.ones(2, 3, 4)).shape)
