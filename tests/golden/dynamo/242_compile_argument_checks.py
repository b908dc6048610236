# Spec: docs/compiler-api.md "Backends" — torch.compile's own argument checks, in PyTorch 2.9's order:
# mode and options together, a mode list_mode_options does not know (inductor only), a decorator
# applied to None; in decorator mode nothing is checked until the decorator is applied.
import torch


def fn(x):
    return torch.nn.functional.gelu(x) * 2


def attempt(label, make):
    try:
        r = make()
        print(label, "->", "compiled" if callable(r) else r)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", str(e).splitlines()[0])


x = torch.randn(4)
for mode in ("default", "reduce-overhead", "max-autotune", "max-autotune-no-cudagraphs"):
    torch._dynamo.reset()
    print(mode, torch.equal(torch.compile(fn, mode=mode)(x), fn(x)))
attempt("mode and options", lambda: torch.compile(fn, mode="max-autotune", options={"trace.enabled": False}))
attempt("unknown mode", lambda: torch.compile(fn, mode="fast"))
attempt("unknown mode, eager backend", lambda: torch.compile(fn, backend="eager", mode="fast"))
attempt("decorator, unknown mode", lambda: torch.compile(mode="fast"))
attempt("decorator applied", lambda: torch.compile(mode="fast")(fn))
attempt("decorator on None", lambda: torch.compile()(None))
attempt("decorator, bad backend", lambda: torch.compile(backend="nope"))
attempt("decorator applied, bad backend", lambda: torch.compile(backend="nope")(fn))
print(torch.compile(fn, mode="reduce-overhead", disable=True) is fn)
