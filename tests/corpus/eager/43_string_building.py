# String building: join, multiplication, escapes, unicode and alignment tables.
rows = [("Name", "Qty", "Price"), ("apple", 3, 1.5), ("watermelon", 1, 3.25), ("fig", 12, 0.2)]
widths = [max(len(str(r[i])) for r in rows) for i in range(3)]
for r in rows:
    print(" | ".join(str(v).ljust(w) if i == 0 else str(v).rjust(w) for i, (v, w) in enumerate(zip(r, widths))))
print("-" * 20)
print("multi\nline", "tab\tsep", "back\\slash", 'quote"s', "uni: \u00e9\u00e8 \u03c0")
print(repr("\u00e9"), len("\u03c0\u03c0"), "é".upper(), "ß".upper(), "ΑΒΓ".lower(), "straße".casefold())
s = ""
for i in range(5):
    s += str(i)
print(s, s[::-1], int(s) + 1)
print(",".join(map(str, range(5))), "".join(sorted("hello")), str([1, "2"]))
print("a" "b" "c", "x" + "y" * 2, f"{'q'}" * 2)
