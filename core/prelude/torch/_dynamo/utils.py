# torch._dynamo.utils: the part user code reads. Mirrors torch/_dynamo/utils.py's `counters`, a
# defaultdict of collections.Counter that Dynamo increments; here counters["stats"]["unique_graphs"]
# (one per graph handed to a backend) is read from the core's record of compiled graphs, counted
# from the last counters.clear(). The other counters of PyTorch (graph_break, calls_captured, ...)
# are not kept and read as empty.
import collections

import torch


class _Counters(collections.defaultdict):
    def __init__(self):
        super().__init__(collections.Counter)
        self._base = 0

    def _graphs(self):
        return torch._C._dynamo.record_counts()[0]

    def __getitem__(self, key):
        value = super().__getitem__(key)
        if key == "stats":
            n = self._graphs() - self._base
            if n:
                value["unique_graphs"] = n
            else:
                value.pop("unique_graphs", None)
        return value

    def clear(self):
        super().clear()
        self._base = self._graphs()


counters = _Counters()
