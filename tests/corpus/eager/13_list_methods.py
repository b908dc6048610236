# list methods and in-place operations.
xs = [3, 1, 4, 1, 5, 9, 2, 6]
xs.append(5)
xs.extend([3, 5])
xs.insert(0, 0)
print(xs, len(xs))
print(xs.pop(), xs.pop(0), xs.count(1), xs.index(5))
xs.remove(1)
print(xs)
ys = sorted(xs)
xs.sort(reverse=True)
print(xs, ys)
xs.reverse()
print(xs)
zs = xs.copy()
zs[0] = 100
print(xs[0], zs[0])
del zs[1:3]
print(zs)
zs[1:2] = ["a", "b", "c"]
print(zs)
zs.clear()
print(zs, [1, 2] + [3], [0] * 3, [[0] * 2] * 2)
a = [1, 2]
b = a
a += [3]
print(b, a is b)
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0])
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].index(7)
except ValueError as e:
    print("ValueError:", e)
