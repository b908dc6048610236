# eager-equal
# Spec: docs/compiler-api.md "Differential testers" — `m.buf = m.buf * 2` goes through
# Module.__setattr__ into the module's `_buffers` dict; the module's forward, inlined next, must read
# the new buffer (the tracked `_buffers` dict), and its in-place `self.buf.add_(1)` must change it.
# Before the fix `self.buf` read the buffer the module had before the call: the add_ went to the
# old tensor and the module kept the doubled buffer without it. Found by
# tests/cpp/core/mutation_diff_test.cpp.
import torch


class Mod(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("buf", torch.zeros(2))
        self.w = torch.nn.Parameter(torch.ones(2))

    def forward(self, t):
        self.buf.add_(1)
        return t * self.w + self.buf


def f(x, m):
    m.buf = m.buf * 2
    m.w = torch.nn.Parameter(torch.full((2,), 3.0))
    return m(x)


M = Mod()
cf = torch.compile(f, backend="eager")
for i in range(3):
    print(cf(torch.ones(2), M), M.buf, M.w)
