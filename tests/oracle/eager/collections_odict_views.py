# OrderedDict's views (odict_keys / odict_values / odict_items): repr, live updates, membership,
# reversal, set comparison; a state_dict's keys and values.
from collections import OrderedDict
import torch

d = OrderedDict([("x", 1), ("y", 2)])
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["z"] = 3
d.move_to_end("x", last=False)
print(k, len(k), "y" in k, list(reversed(k)), k == {"x", "y", "z"}, v == v, d.values() == v)
print(it, ("x", 1) in it, type(k).__name__, type(v).__name__, type(it).__name__, sorted(v))
print(OrderedDict().keys(), str(d.items()))
m = torch.nn.Sequential(torch.nn.Linear(2, 3), torch.nn.BatchNorm1d(3))
sd = m.state_dict()
print(sd.keys())
print([tuple(t.shape) for t in sd.values()])
print(list(sd.items())[0][0], len(sd.items()))
