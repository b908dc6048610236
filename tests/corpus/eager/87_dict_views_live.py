# dict.keys() / values() / items() are live views over the dict (CPython's dictviews): they see
# later insertions, deletions and value updates; iterating one while the dict changes size raises.
d = {"a": 1, "b": 2}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["c"] = 3
print(k, v, it, len(k), len(v), len(it))
del d["a"]
d["b"] = 20
print(list(k), list(v), list(it))
print("b" in k, "a" in k, 20 in v, ("b", 20) in it, ("b", 2) in it, bool(k), bool({}.keys()))
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(k == {"b", "c"}, k == ["b", "c"], it == {("b", 20), ("c", 3)}, v == v, v == d.values())
print(sorted(k & {"c", "z"}), sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}))
print(sorted(it & {("c", 3)}), k.isdisjoint({"x"}), k.isdisjoint({"b"}))
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
e = {}
ek = e.keys()
print(len(ek), list(ek))
e.update(x=1, y=2)
print(len(ek), list(ek), e.values())
e.clear()
print(ek, len(ek))
for name, view in [("keys", d.keys()), ("values", d.values()), ("items", d.items())]:
    try:
        for x in view:
            d["new_" + name] = 0
    except RuntimeError as err:
        print(name, "RuntimeError", err)
for x in d.keys():
    d[x] = 7  # same size: no error
print(d)
try:
    d.keys()[0]
except TypeError as err:
    print("TypeError", err)
try:
    hash(d.keys())
except TypeError as err:
    print("TypeError", err)
a, b, *rest = d.keys()
print(a, b, rest)
x = dict(a=1)
kv = x.items()
x["z"] = 26
print(dict(kv), sorted(kv), max(x.keys()), sum(x.values()), list(zip(x.keys(), x.values())))
print(sorted(set(x.keys())), tuple(x.values()), [*x.items()], {**x})
