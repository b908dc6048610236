# Spec: docs/dynamo-formats.md — dict.keys() / values() / items() inside compiled code: iterated,
# measured and tested like eager, and a view returned from the graph is a live dict view of the
# dict (DictKeysVariable & co. reconstruct `d.keys()`), as eager code returns.
import torch


def views(d, x):
    k, v, it = d.keys(), d.values(), d.items()
    out = x
    for name in k:
        out = out + d[name]
    for val in v:
        out = out * 2 + val
    n = len(k) + len(v) + len(it)
    has = "a" in k
    pairs = [name for name, _ in it]
    return out, n, has, pairs, k, it


compiled = torch.compile(views, backend="eager")
x = torch.ones(2)
for fn in (views, compiled):
    d = {"a": x, "b": x * 3}
    out, n, has, pairs, k, it = fn(d, x)
    print(out, n, has, pairs)
    print(type(k).__name__, k, len(it))
    d["c"] = x
    print(k, len(it), "c" in k)


@torch.compile(backend="eager")
def local_dict(x):
    d = {"p": x + 1, "q": x * 2}
    d["r"] = x
    return d.keys(), d.values(), sum(d.values())


ks, vs, total = local_dict(x)
print(ks, vs, total)


def view_input(k, x):
    return x + len(k)


d = {"a": 1}
print(view_input(d.keys(), x), torch.compile(view_input, backend="eager")(d.keys(), x))
