# logs: graph_code
# Spec: docs/dynamo-formats.md §Inlining — an object whose class defines __call__ in Python is
# called by inlining __call__ (PyTorch's UserDefinedObjectVariable.call_function); dict(d),
# d.update(...), d.copy(), setdefault and pop are traced on dict trackers.
import torch


class Affine:
    def __init__(self, w, b):
        self.w = w
        self.b = b
        self.opts = {"relu": True}

    def __call__(self, x, **overrides):
        opts = dict(self.opts)
        opts.update(overrides)
        extra = opts.copy()
        extra.setdefault("scale", 2.0)
        scale = extra.pop("scale")
        y = x * self.w + self.b
        if opts["relu"]:
            y = torch.relu(y)
        return y * scale


f = Affine(torch.tensor([1.0, -1.0]), 0.5)


@torch.compile(backend="eager", fullgraph=True)
def run(x):
    return f(x) + f(x, relu=False)


print(run(torch.tensor([2.0, 3.0])))
