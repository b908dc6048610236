# logs: graph_code
# eager-equal
# Spec: docs/compiler-api.md "Grad mode (GradModeVariable)" — a graph break inside a grad-mode with
# block resumes (PyTorch's block stack and ReenterWith): the graph before the break exits the
# blocks (`_set_grad_enabled` back to the frame's mode at its end), the breaking call runs with
# the blocks entered again, and the resume function enters `torch.set_grad_enabled(mode)` again
# first (its graph starts with the node). cleanup_graph drops adjacent pairs that change nothing,
# so a graph of set/unset pairs only is no graph (g's first part).
import torch


def f(x):
    y = x + 1
    with torch.no_grad():
        z = y * 2
        torch._dynamo.graph_break()
        w = z + y
    return w * 3, torch.is_grad_enabled()


def g(x):
    before = torch.is_grad_enabled()
    with torch.set_grad_enabled(False):
        torch._dynamo.graph_break()
        with torch.set_grad_enabled(True):
            x = torch.mul(x, 5)
            torch._dynamo.graph_break()
            x = torch.sqrt(x)
            assert torch.is_grad_enabled()
        assert not torch.is_grad_enabled()
    assert torch.is_grad_enabled() == before
    return x


def h(x):
    with torch.enable_grad():
        y = x * 2
        torch._dynamo.graph_break()
        return y + 1


x = torch.ones(2, requires_grad=True)
w, mode = torch.compile(f, backend="eager")(x)
print(w, w.requires_grad, mode, torch.is_grad_enabled())
r = torch.compile(g, backend="eager")(x)
print(r, r.requires_grad, torch.is_grad_enabled())
with torch.no_grad():
    r = torch.compile(h, backend="eager")(x)
    print(r, r.requires_grad, torch.is_grad_enabled())
