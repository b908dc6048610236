# Slicing of lists, strings, tuples and ranges; slice assignment and deletion.
xs = list(range(10))
print(xs[2:5], xs[:3], xs[7:], xs[-3:], xs[:-7], xs[::2], xs[1::3], xs[::-1], xs[8:2:-2])
print(xs[100:], xs[-100:2], xs[5:2], xs[::-3])
s = "abcdefgh"
print(s[1:-1], s[::-2], s[-1], s[3:3] == "", s[:100])
t = tuple(xs)
print(t[2:4], t[::-4])
r = range(0, 20, 3)
print(r[1:4], list(r[::-1]), r[-1], len(r), r.index(9), 9 in r, 10 in r)
ys = list(range(8))
ys[::2] = ["a", "b", "c", "d"]
print(ys)
del ys[::3]
print(ys)
ys[1:3] = []
print(ys)
sl = slice(1, 6, 2)
print(xs[sl], sl.start, sl.stop, sl.step, sl)
try:
    ys[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
print(xs[slice(None, None, -1)][:2])
