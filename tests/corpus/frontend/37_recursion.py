# Recursive algorithms.
def hanoi(n, src, dst, tmp, moves):
    if n == 0:
        return moves
    hanoi(n - 1, src, tmp, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, tmp, dst, src, moves)
    return moves


def flatten(x):
    if isinstance(x, list):
        out = []
        for item in x:
            out.extend(flatten(item))
        return out
    return [x]


print(len(hanoi(4, "A", "C", "B", [])))
print(flatten([1, [2, [3, [4]], 5]]))


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


print(gcd(48, 18))
