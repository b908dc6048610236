try:
    import a
except ImportError as e:
    b = None
except (KeyError, ValueError):
    pass
else:
    c = 1
finally:
    d = 2
with x:
    pass
def g():
    try:
        pass
    except:
        raise
    return
def h(n):
    for i in range(n):
        with ctx() as c:
            if i:
                break
    return [j for j in k] if 0 else None
class C:
    def __init__(self):
        self.__x = 1
    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self.__x)
x = -1 ** 2, not 0, ~5, 2 ** -1, 1 / 3, 'ab' * 3, (1, 2) + (3,), 10 % 3, 7 // -2, 1 << 3, 'abc'[1], (1,2)[0]
print(x, 0.1, 1e100, 1.5e-7, -0.0, 123456789012345678.0, 3.0)
assert isinstance(x, tuple), f"bad {x}"
