# Everyday data wrangling: comprehensions with conditions, nested comprehensions, dict grouping,
# sorted with multi-keys, zip/enumerate, str methods, slicing and unpacking.
rows = [
    "alice,math,91", "bob,math,78", "carol,physics,85",
    "alice,physics,67", "bob,physics,92", "carol,math,88",
]
records = [(name, subj, int(score)) for name, subj, score in (r.split(",") for r in rows)]
by_subject = {}
for name, subj, score in records:
    by_subject.setdefault(subj, []).append((name, score))
print(by_subject)
avg = {s: sum(sc for _, sc in v) / len(v) for s, v in by_subject.items()}
print({k: round(v, 2) for k, v in avg.items()})
print(sorted(records, key=lambda r: (r[1], -r[2])))
print(sorted({n for n, _, _ in records}), [n.title() for n in {"x": 1, "yz": 2}])
best = max(records, key=lambda r: r[2])
print(best, [f"{i}:{n[:2].upper()}" for i, (n, *_) in enumerate(records, start=1)])
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid, [row[::-1] for row in grid], [list(col) for col in zip(*grid)])
print([x for row in grid for x in row if x % 2], sum(map(sum, grid)), list(map(str, range(3))))
text = "  The quick brown Fox jumps over the lazy dog  "
words = text.split()
print(len(words), " ".join(w.lower() for w in words), text.strip().replace("o", "0", 2))
print(text.count("o"), text.find("Fox"), text.rfind("o"), words[-1].capitalize(), "-".join(words[1:3]))
print(sorted(words, key=str.lower), sorted(words, key=len), text.strip().startswith("The"))
print("a,b,,c".split(","), "a b  c".split(" "), "x=1;y=2".partition(";"), "abc".center(9, "."))
print("Hello".ljust(8, "_") + "|", "42".zfill(5), "MiXeD".swapcase(), "snake_case_name".split("_", 1))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
first, *middle, last = range(6)
print(first, middle, last, list(zip("abc", [1, 2, 3], strict=True)), dict(zip("ab", "xy")))
