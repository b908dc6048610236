# Spec: itertools' iterators are traced through generator functions (core/prelude/itertools.py's
# _polyfill_<name>), as PyTorch's Dynamo traces them through torch/_dynamo/polyfills/itertools.py,
# so loops over product / pairwise / chain / islice / zip_longest / accumulate / count build one
# graph; a collections.OrderedDict argument (a dict subclass, as in CPython) is a ConstDictVariable
# whose class is OrderedDict: isinstance and type() see OrderedDict, and a key set inside the
# compiled code is written back to the caller's OrderedDict. Each call compiles one frame with no
# graph break, and gives what the eager call gives.
import collections
import itertools

import torch
from torch._dynamo.testing import CompileCounter


def loops(x):
    out = x
    for a, b in itertools.product([1, 2], repeat=2):
        out = out + a * b
    for p, q in itertools.pairwise([1.0, 2.0, 3.0]):
        out = out * (q - p)
    for v in itertools.chain([1], (2, 3)):
        out = out + v
    for v in itertools.islice(itertools.count(10, 5), 1, 3):
        out = out - v
    for a, b in itertools.zip_longest([1, 2], [3], fillvalue=0):
        out = out + a * b
    return out + sum(itertools.accumulate([1, 2, 3]))


cnt = CompileCounter()
x = torch.arange(3.0)
print(loops(x), torch.compile(loops, backend=cnt)(x), cnt.frame_count)


def with_state(x, sd):
    sd["scaled"] = sd["w"] * 2
    kind = (type(sd).__name__, isinstance(sd, collections.OrderedDict), isinstance(sd, dict))
    return x + sd["w"] + len(sd), kind


cnt2 = CompileCounter()
eager_sd = collections.OrderedDict(w=torch.ones(2), b=torch.zeros(2))
compiled_sd = collections.OrderedDict(w=torch.ones(2), b=torch.zeros(2))
print(with_state(torch.ones(2), eager_sd))
print(torch.compile(with_state, backend=cnt2)(torch.ones(2), compiled_sd), cnt2.frame_count)
print(type(compiled_sd).__name__, list(compiled_sd), compiled_sd["scaled"])
