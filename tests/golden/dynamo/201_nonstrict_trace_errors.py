# logs: graph_breaks
# Spec: docs/compiler-api.md "nonstrict_trace" — what a nonstrict_trace call refuses, with PyTorch
# 2.9's graph breaks: an input leaf that is not an FX base type ("Invalid input type for
# nonstrict_trace-ed function", GB0236), an output flat_apply rejects (None: "Unsupported output
# type for nonstrict_trace-ed function", GB0251), nonstrict_trace applied to a function defined
# inside the compiled region ("Limitation of `nonstrict_trace", GB0078); under fullgraph each is the
# Unsupported error, without it a graph break after which the call runs eagerly and the result is
# eager's. Eagerly, nonstrict_trace of a non-callable is decorators.py's AssertionError.
import torch


class Config:
    def __init__(self, k):
        self.k = k


@torch._dynamo.nonstrict_trace
def scaled(x, cfg):
    return x * cfg.k


@torch._dynamo.nonstrict_trace
def log_only(x):
    return None


def run(fn, *args):
    try:
        print(fn(*args))
    except Exception as e:
        print(type(e).__name__)
        print(e)


@torch.compile(backend="eager", fullgraph=True)
def bad_input(x):
    return scaled(x + 1, Config(2))


@torch.compile(backend="eager", fullgraph=True)
def bad_output(x):
    log_only(x)
    return x + 1


@torch.compile(backend="eager", fullgraph=True)
def inner_def(x):
    def local(t):
        return t * 2

    return torch._dynamo.nonstrict_trace(local)(x)


@torch.compile(backend="eager")
def with_break(x):
    y = scaled(x.sin(), Config(3))
    return y + 1


x = torch.tensor([1.0, 2.0])
run(bad_input, x)
run(bad_output, x)
run(inner_def, x)
run(with_break, x)
run(torch._dynamo.nonstrict_trace, 3)
