# try/except/else/finally ordering, including return inside finally-protected blocks.
def f(x):
    out = []
    try:
        out.append("try")
        if x == 0:
            raise ZeroDivisionError("zero")
        if x == 1:
            raise KeyError("k")
    except ZeroDivisionError as e:
        out.append("zde:" + str(e))
    except (KeyError, IndexError) as e:
        out.append("lookup:" + repr(e))
    else:
        out.append("else")
    finally:
        out.append("finally")
    return out


for x in range(3):
    print(f(x))


def g():
    try:
        return "from try"
    finally:
        print("finally runs before return")


print(g())


def h():
    for i in range(5):
        try:
            if i == 2:
                continue
            if i == 4:
                break
        finally:
            print("cleanup", i)
    return i


print(h())
