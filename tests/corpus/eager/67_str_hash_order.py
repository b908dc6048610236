# Sets and frozensets of strings and bytes iterate in CPython's order for PYTHONHASHSEED=0
# (SipHash-1-3 with a zero key over the PEP 393 representation); the corpus runs CPython so.
words = {"apple", "banana", "cherry", "date", "elderberry", "fig", "grape"}
print(words)
print(sorted(words) == sorted(list(words)), list(words))
print({"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"})
print(frozenset(["x", "y", "z", "xy", "yz"]), {b"ab", b"cd", b"", b"\x00"})
print({"é", "ü", "ñ", "日本", "😀", "a"}, hash("") , hash(b""))
print(hash("a"), hash("hello world"), hash("日本"), hash("😀"), hash(b"abc"), hash("é"))
s = set()
for w in "the quick brown fox jumps over the lazy dog".split():
    s.add(w)
print(s, len(s))
s.discard("fox")
s.add("cat")
print(s)
print({"k" + str(i) for i in range(20)})
print("x" in {"x", "y"}, {("a", 1), ("b", 2)}, set({"a": 1, "b": 2}) & {"b", "c"})
if "a" in {"a", "b", "c", "d"}:
    print("literal set test")
for name in {"relu", "gelu", "silu", "tanh", "sigmoid"}:
    print(name)
