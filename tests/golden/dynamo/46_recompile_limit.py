# Spec: docs/dynamo-formats.md §3.2 (GB0039 recompile limit), config.recompile_limit = 8: the 9th variant runs eagerly
# eager-equal
import torch
from torch._dynamo.testing import CompileCounter

cnt = CompileCounter()


def f(x, mode):
    if mode == "a":
        return x + 1
    return x - len(mode)


cf = torch.compile(f, backend=cnt)
results = []
for mode in ["a", "bb", "ccc", "dddd", "eeeee", "ffffff", "ggggggg", "hhhhhhhh", "iiiiiiiii", "jjjjjjjjjj"]:
    results.append(cf(torch.zeros(1), mode).item())
print(results)
print(cnt.frame_count <= 8)
