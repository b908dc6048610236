# Membership tests against literal collections (constant folding of iterables).
def kind(n):
    if n in (1, 2, 3):
        return "small"
    if n in [10, 20]:
        return "tens"
    if n in {100, 200}:
        return "hundreds"
    return "other"


print([kind(v) for v in (2, 20, 200, 7)])
for ch in "ab":
    print(ch in "xyzab", ch not in ["a"])
for n in [1, 2, 3]:
    print(n * 2)
print([c for c in (1, 2, 3) if c not in {2}])
