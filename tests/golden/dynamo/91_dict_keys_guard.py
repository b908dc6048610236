# logs: recompiles
# Spec: docs/dynamo-formats.md §Guards — regression: iterating a dict argument depends on its
# whole key set, so the graph is guarded by DICT_KEYS_MATCH; a dict with other keys recompiles
# instead of reusing a graph that summed only the old keys.
import torch


@torch.compile(backend="eager")
def total(d):
    out = 0
    for k, v in d.items():
        out = out + v
    return out


x = torch.ones(2)
print(total({"a": x}))
print(total({"a": x, "b": x}))
print(total({"b": x * 3}))
print(total({"b": x * 4}))
