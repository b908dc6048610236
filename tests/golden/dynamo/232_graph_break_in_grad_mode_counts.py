# Spec: docs/compiler-api.md "Grad mode (GradModeVariable)" — the graph counts PyTorch's
# test_ctx_manager.py expects around graph breaks in grad-mode blocks: a break inside nested
# set_grad_enabled blocks (test_nested_grad_mode_graph_break: 2 graphs, the first being only
# grad-mode changes that cleanup_graph removes), a break inside no_grad in an inlined function
# (test_graph_break_inlining_grad: 2), and torch.set_grad_enabled(False) called, not entered,
# across a break (test_grad_mode_guard: 2). Each compiled result equals eager's.
import torch


def nested(x):
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


def gn(z):
    with torch.no_grad():
        torch._dynamo.graph_break()
        return torch.sin(z)


def inlining(x, y, z):
    a = torch.mm(x, y)
    z = gn(z)
    return a, z


def guard(a, b):
    prev_grad = torch.is_grad_enabled()
    torch.set_grad_enabled(False)
    a = a + 1
    a.tolist()  # graph break
    ret = a + b
    torch.set_grad_enabled(prev_grad)
    return ret


def check(fn, *args):
    cnts = torch._dynamo.testing.CompileCounter()
    opt_fn = torch.compile(fn, backend=cnts)
    for _ in range(3):
        got = opt_fn(*args)
    want = fn(*args)
    same = all(torch.equal(a, b) and a.requires_grad == b.requires_grad for a, b in zip(want, got)) \
        if isinstance(want, tuple) else torch.equal(want, got) and want.requires_grad == got.requires_grad
    print(fn.__name__, cnts.frame_count, same, torch.is_grad_enabled())


check(nested, torch.ones(3, 4))
check(inlining, torch.ones(4, 4, requires_grad=True), torch.ones(4, 4, requires_grad=True), torch.ones(4))
check(guard, torch.ones(3, 4), torch.ones(3, 4))
