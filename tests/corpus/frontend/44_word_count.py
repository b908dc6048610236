# Counting words with dicts and sorting.
text = """the quick brown fox jumps over the lazy dog
the dog barks and the fox runs"""
counts = {}
for line in text.splitlines():
    for word in line.split():
        counts[word] = counts.get(word, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top)
lengths = {w: len(w) for w in counts if len(w) > 4}
print(sorted(lengths.items()))
print(sum(counts.values()), len(counts))
