# logs: graph_code,recompiles
# eager-equal
# Spec: docs/runtime-subclasses.md §Dynamo — instances of user subclasses of list, dict and tuple
# passed to a compiled function: the built-in part is wrapped as a list / dict / tuple is (items
# with sources L['ml'][0], a length or key guard, a type guard), the class's methods are inlined,
# appends, item stores and attribute stores are written back to the caller's objects after the
# graph, and a call with a list of another length recompiles (the recompiles log). `l += [x]`
# extends a list (plain or subclass) in place, written back to the caller's list.
# Expected output: real PyTorch (1.13, eager, torch.compile replaced by the identity) on CPython 3.11.
import torch


class MyList(list):
    def total(self):
        return sum(self)


class Config(dict):
    def scaled(self, x):
        return x * self["s"]


class Pair(tuple):
    def first(self):
        return self[0]


@torch.compile(backend="eager", fullgraph=True)
def g(ml, cfg, pr, x):
    ml.append(x)
    cfg["new"] = x
    cfg.tag = "t"
    return ml.total() + cfg.scaled(x) + pr.first(), type(ml).__name__, isinstance(cfg, dict)


ml = MyList([torch.ones(2)])
cfg = Config(s=2)
pr = Pair((torch.ones(2) * 5, 1))
print(g(ml, cfg, pr, torch.ones(2)))
print(type(ml).__name__, ml, type(cfg).__name__, dict(cfg), cfg.tag)
ml2 = MyList([torch.zeros(2), torch.zeros(2)])
print(g(ml2, Config(s=1), pr, torch.ones(2)))
print(len(ml2))


@torch.compile(backend="eager", fullgraph=True)
def h(x, l, m):
    l += [x]
    m += [x * 2]
    return len(l) + len(m)


pl = [1]
sl = MyList([2])
print(h(torch.ones(2), pl, sl))
print(pl, sl, type(sl).__name__, sl.total())
