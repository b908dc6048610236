# dict methods, ordering, views.
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
print(d.setdefault("d", 4), d.setdefault("a", 100), d)
print(d.pop("b"), d.pop("zz", "default"), d)
d.update({"e": 5}, f=6)
d.update([("g", 7)])
print(d)
print(d.popitem(), len(d))
e = dict(zip("xyz", range(3)))
print(e, dict(a=1, b=2), dict.fromkeys("ab", 0))
print({**d, **e, "x": "override"})
print(d | {"a": 0}, sorted(d.items(), key=lambda kv: -kv[1]))
c = d.copy()
c["new"] = 1
print(len(d), len(c))
for k, v in e.items():
    print(k, v, end="; ")
print()
try:
    d["missing"]
except KeyError as ex:
    print("KeyError", ex, repr(ex))
del d["a"]
print(d, d == {"c": 3, "d": 4, "e": 5, "f": 6})
print(repr({}), repr({1: {2: [3, (4,)]}}))
