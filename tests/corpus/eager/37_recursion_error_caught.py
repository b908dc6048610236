# Unbounded recursion raises RecursionError, which Python code can catch and recover from.
def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)


def count_depth():
    n = 0

    def go():
        nonlocal n
        n += 1
        go()
    try:
        go()
    except RecursionError:
        return n > 100


print(count_depth())
print(isinstance(RecursionError(), RuntimeError))
