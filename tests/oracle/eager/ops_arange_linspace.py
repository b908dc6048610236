# arange / linspace / logspace lengths, dtypes and errors.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


t("arange len", lambda: len(torch.arange(0, 1, 0.1)))
t("arange 0.1", lambda: torch.arange(0, 1, 0.1))
t("arange neg float", lambda: torch.arange(1, -1, -0.5))
t("arange empty", lambda: torch.arange(0))
t("arange start>end", lambda: torch.arange(5, 1))
t("arange wrong sign", lambda: torch.arange(0, 5, -1))
t("arange f64", lambda: torch.arange(0, 3, dtype=torch.float64))
t("arange int8", lambda: torch.arange(-3, 3, dtype=torch.int8))
t("arange bool", lambda: torch.arange(3, dtype=torch.bool))
t("arange big step", lambda: torch.arange(0, 100, 33))
t("arange tensor arg", lambda: torch.arange(torch.tensor(4)))
t("linspace neg", lambda: torch.linspace(-1, 1, 5))
t("linspace 7", lambda: torch.linspace(0, 1, 7))
t("linspace rev", lambda: torch.linspace(5, 0, 6))
t("linspace int dtype", lambda: torch.linspace(-5, 5, 4, dtype=torch.int32))
t("linspace steps neg", lambda: torch.linspace(0, 1, -1))
t("linspace f64", lambda: torch.linspace(0, 1, 3, dtype=torch.float64))
t("logspace", lambda: torch.logspace(-2, 2, 5))
t("logspace base e", lambda: torch.logspace(0, 1, 3, base=2.718281828))
t("logspace int", lambda: torch.logspace(0, 3, 4, dtype=torch.int64))
t("range dep", lambda: torch.arange(1, 4).sum())
