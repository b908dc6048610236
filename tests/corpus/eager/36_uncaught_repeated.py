# Repeated identical traceback entries are collapsed ("Previous line repeated").
def walk(n):
    if n == 0:
        raise RuntimeError("bottom reached")
    return walk(n - 1)


walk(40)
