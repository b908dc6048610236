# Dict displays with constant keys, unpacking and methods.
d1 = {"a": 1, "b": 2}
d2 = {1: "one", 2: "two", 3: "three"}
key = "dyn"
d3 = {key: 1, "static": 2}
merged = {**d1, "c": 3, **{"d": 4}}
empty = {}
print(d1, d2, d3, merged, empty)
print(d1.get("z", 0), list(d2.keys()), sorted(merged))
big = {"k%d" % i: i for i in range(3)}
print(big)
d1.update(x=10)
print(d1)
