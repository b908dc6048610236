# Method calls on objects (LOAD_METHOD) with keyword arguments.
text = "  Hello, World  "
print(text.strip().lower().split(","))
words = ["b", "a", "c"]
words.sort(reverse=True)
print(words, ",".join(words))
print("x={x} y={y}".format(x=1, y=2))
print(text.replace("l", "L", 2).count("L"))
data = {"k": [1, 2]}
data.setdefault("m", []).append(3)
print(data)
print("abc".startswith("a"), "%05.1f" % 3.14159)
