# Word frequencies, grouping and formatting of a small text.
text = """The quick brown fox jumps over the lazy dog.
The dog sleeps; the fox runs away, quick as ever!"""
words = [w.strip(".,;!").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for word, n in top:
    print(f"{word:<8}{n:>3} {'#' * n}")
by_len = {}
for w in sorted(set(words)):
    by_len.setdefault(len(w), []).append(w)
for k in sorted(by_len):
    print(k, ", ".join(by_len[k]))
lines = text.splitlines()
print(len(lines), [len(l) for l in lines], max(lines, key=len)[:10])
caps = "".join(c.upper() if i % 2 else c for i, c in enumerate("alternating"))
print(caps, "-".join(reversed(words[:3])))
print(" ".join(w.capitalize() for w in "hello big world".split()))
