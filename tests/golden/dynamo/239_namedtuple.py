# logs: graph_code,graph_breaks
# eager-equal
# Spec: docs/runtime-subclasses.md §Dynamo — namedtuples (collections.namedtuple, typing.NamedTuple)
# as PyTorch's NamedTupleVariable: an input's fields read from its items (sources L['batch'][i]),
# a method of the class inlined, a namedtuple built in compiled code without a break and
# returned as one (compiled returns what eager returns). Other subclasses of dict/list/tuple (an
# AttrDict config) are not traced by the playground yet: a graph break that says so, and the
# frame runs eagerly.
from collections import namedtuple
from typing import NamedTuple

import torch

Output = namedtuple("Output", ["logits", "loss"])


class Batch(NamedTuple):
    x: torch.Tensor
    y: torch.Tensor
    weight: int = 1

    def scaled(self):
        return self.x * self.weight


@torch.compile(backend="eager", fullgraph=True)
def step(batch):
    logits = batch.scaled() + batch[1]
    out = Output(logits, loss=(logits - batch.y).pow(2).mean())
    return out, out.loss * 2, len(batch), isinstance(batch, tuple), batch._fields, Output._fields


b = Batch(torch.tensor([1.0, 2.0]), torch.tensor([0.5, 0.5]), 3)
r = step(b)
print(r)
print(type(r[0]).__name__, r[0].logits, r[0] == tuple(r[0]), isinstance(r[0], tuple))
print(step(Batch(torch.ones(2), torch.zeros(2), 3))[0])


class AttrDict(dict):
    def __getattr__(self, k):
        return self[k]


@torch.compile(backend="eager")
def apply(x, cfg):
    return x * cfg.scale + cfg["shift"]


print(apply(torch.tensor([1.0, 2.0]), AttrDict(scale=2.0, shift=0.5)))
