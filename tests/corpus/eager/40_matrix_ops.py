# Pure-Python matrices: multiplication, transpose, determinant.
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]


def transpose(m):
    return [list(r) for r in zip(*m)]


def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))


A = [[1, 2], [3, 4]]
B = [[0, 1], [1, 0]]
print(matmul(A, B), transpose(A), det(A))
C = [[2, 0, 1], [1, 3, 2], [1, 1, 1]]
print(det(C), matmul(C, [[1], [0], [0]]))
I = [[1.0 if i == j else 0.0 for j in range(3)] for i in range(3)]
print(I, matmul(C, I) == [[float(v) for v in r] for r in C])
for row in matmul(C, C):
    print(" ".join(f"{v:4d}" for v in row))
