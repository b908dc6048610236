# Frozenset constants of strings and bytes (`x in {...}`) are laid out in the order CPython's
# hash table gives them under PYTHONHASHSEED=0 (SipHash-1-3, zero key; docs/python-ints.md §5),
# so co_consts and the dis listing match `PYTHONHASHSEED=0 python3 -m dis`.
def kind(x):
    return x in {"relu", "gelu", "silu", "tanh", "sigmoid", "x"}, x in {b"a", b"bc"}, x not in {"é", "日本", "😀"}


print(kind("gelu"), kind("日本"), kind(b"a"))
# (The run itself prints nothing hash-ordered: this corpus also checks the output is the same
# under any hash seed. tests/corpus/eager/67_str_hash_order.py prints sets of strings.)
for s in ({"alpha", "beta", "gamma", "delta"}, frozenset({"a", "b", "c", "d", "e"})):
    print(sorted(s))
