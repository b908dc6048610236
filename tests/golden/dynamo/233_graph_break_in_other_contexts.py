# logs: graph_code
# eager-equal
# Spec: docs/compiler-api.md "Grad mode (GradModeVariable)" — the other context managers PyTorch
# re-enters at a graph break in their with block: torch.inference_mode() (its graphs end with
# `_exit_inference_mode` and the resume graph starts with `_enter_inference_mode` again),
# contextlib.nullcontext() (nothing in the graphs), torch.compiler.error_on_graph_break(False)
# (the break resumes although the frame started under error_on_graph_break(True)); a second
# break in the same block resumes the original function again (torch_dynamo_resume_in_k_at_N,
# never a resume of a resume), and an exception raised by the instruction that runs eagerly
# leaves the block restored.
import contextlib

import torch


def inf(x):
    with torch.inference_mode():
        y = x + 1
        torch._dynamo.graph_break()
        z = y * 2
    return z, torch.is_inference_mode_enabled()


def null(x):
    with contextlib.nullcontext():
        y = x + 1
        torch._dynamo.graph_break()
        y = y * 2
    return y


@torch.compiler.error_on_graph_break(True)
@torch.compile(backend="eager")
def eogb(x):
    x = x + 1
    with torch.compiler.error_on_graph_break(False):
        torch._dynamo.graph_break()
    return x + 2


def k(x):
    with torch.no_grad():
        x = x + 1
        torch._dynamo.graph_break()
        x = x + 2
        torch._dynamo.graph_break()
        x = x + 3
    return x


def raises(x):
    with torch.no_grad():
        y = x + 1
        int("not a number")
    return y


x = torch.ones(2, requires_grad=True)
z, mode = torch.compile(inf, backend="eager")(x)
print(z, z.requires_grad, mode, torch.is_inference_mode_enabled())
y = torch.compile(null, backend="eager")(x)
print(y, y.requires_grad)
print(eogb(torch.ones(3)))
y = torch.compile(k, backend="eager")(x)
print(y, y.requires_grad)
try:
    torch.compile(raises, backend="eager")(x)
except ValueError as e:
    print("ValueError:", e, torch.is_grad_enabled())
