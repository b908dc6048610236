# Spec: docs/models.md; math.* functions and constants, float('-inf'), int(), abs, min/max on constants fold
# while tracing (PyTorch's BuiltinVariable constant folding): no graph break, constants in the graph code
import math

import torch
from torch._dynamo.testing import EagerAndRecordGraphs

backend = EagerAndRecordGraphs()


def attention_scores(q, k):
    scale = 1.0 / math.sqrt(k.size(-1))
    att = (q @ k.transpose(-2, -1)) * scale
    att = att.masked_fill(att < 0, float("-inf"))
    temperature = max(1, min(4, math.ceil(k.size(0) / 2))) + abs(-1) + int(0.5)
    return att / temperature + math.log(math.e) * math.pi - math.floor(math.exp(1.0))


q = torch.tensor([[1.0, -1.0, 0.0, 2.0], [0.5, 0.5, 1.0, -1.0]])
k = torch.tensor([[1.0, 1.0, 1.0, 1.0], [-1.0, 0.0, 1.0, 0.0]])
print(torch.compile(attention_scores, backend=backend)(q, k))
print(attention_scores(q, k))
print(len(backend.graphs))
print(backend.graphs[0].code.strip())
