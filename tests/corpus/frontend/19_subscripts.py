# Subscripts and slices, including assignment and deletion.
data = list(range(10))
print(data[2], data[-1], data[2:5], data[:3], data[7:], data[::3], data[1:8:2])
data[0] = 100
data[1:3] = [7, 7]
del data[-1]
del data[0:2]
print(data)
m = {"a": 1}
m["b"] = 2
del m["a"]
print(m)
grid = [[1, 2], [3, 4]]
grid[1][0] = 9
print(grid[1], grid[0][1])
t = (1, 2, 3)
print(t[1:], t[::-1])
