# clamp / clip / maximum / minimum / fmax / fmin with scalars, tensors and dtypes.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


x = torch.tensor([-3.0, -0.5, 0.0, 0.5, 3.0, float("nan")])
i = torch.tensor([-5, 0, 5, 10])
t("clamp both", lambda: x.clamp(-1, 1))
t("clamp min only", lambda: torch.clamp(x, min=0))
t("clamp max only", lambda: torch.clamp(x, max=0.25))
t("clamp none", lambda: torch.clamp(x))
t("clamp min>max", lambda: x.clamp(2, 1))
t("clip", lambda: torch.clip(x, -2, 2))
t("clamp int", lambda: i.clamp(0, 6))
t("clamp int float bound", lambda: i.clamp(0.5, 6.5))
t("clamp tensor bounds", lambda: x.clamp(torch.tensor(-0.1), torch.tensor(0.1)))
t("clamp_", lambda: x.clone().clamp_(min=-1))
t("maximum", lambda: torch.maximum(x, torch.zeros(6)))
t("minimum", lambda: torch.minimum(x, torch.zeros(6)))
t("fmax", lambda: torch.fmax(x, torch.zeros(6)))
t("fmin", lambda: torch.fmin(x, torch.ones(6)))
t("maximum int float", lambda: torch.maximum(i, torch.tensor([1.5, 1.5, 1.5, 1.5])))
t("max binary", lambda: torch.max(i, torch.tensor([1, 1, 1, 1])))
t("min binary", lambda: torch.min(x, torch.tensor(0.)))
t("relu", lambda: torch.relu(x))
t("relu int", lambda: torch.relu(i))
t("hardtanh", lambda: torch.nn.functional.hardtanh(x))
t("relu6", lambda: torch.nn.functional.relu6(torch.tensor([-1., 3., 7.])))
