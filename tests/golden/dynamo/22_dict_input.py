# Spec: docs/dynamo-formats.md §1.9 (c) source names L['d']['y'][1][2] -> L_d_y_1_2_, §1.13 Example B
import torch
from torch._dynamo.testing import EagerAndRecordGraphs, normalize_gm

backend = EagerAndRecordGraphs()


def f(d):
    return d["x"].sin() + d["y"][0].cos() - d["y"][1][2].sin()


x = torch.zeros(())
y = torch.zeros(())
z = torch.zeros(())
out = torch.compile(f, backend=backend)({"x": x, "y": (y, [x, y, z])})
print(normalize_gm(backend.graphs[0].print_readable(print_output=False)))
print(out)
