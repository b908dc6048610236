# math's integer functions (CPython 3.11's Modules/mathmodule.c): gcd, lcm, factorial, comb,
# perm, isqrt on the playground's arbitrary-precision ints, with CPython's argument checks and
# error texts. The float functions and constants are native (core/runtime/mathmodule.cpp) and are
# already in this module when this file runs.
__dp_hide_frames__ = True  # C in CPython: no lines of this file in tracebacks


def _index(v):
    if type(v) is int:
        return v
    if isinstance(v, int):
        return int(v)
    m = getattr(type(v), "__index__", None)
    if m is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return m(v)


def gcd(*integers):
    g = 0
    for v in integers:
        b = abs(_index(v))
        a = g
        while b:
            a, b = b, a % b
        g = a
    return g


def lcm(*integers):
    r = 1
    vals = [_index(v) for v in integers]
    for b in vals:
        if r == 0 or b == 0:
            r = 0
            continue
        r = abs(r // gcd(r, b) * b)
    return r


def factorial(n, /):
    n = _index(n)
    if n < 0:
        raise ValueError("factorial() not defined for negative values")
    if n > 9223372036854775807:
        raise OverflowError("factorial() argument should not exceed 9223372036854775807")
    return _product(1, n)


def _product(lo, hi):
    # lo * (lo+1) * ... * hi, split in halves so the big multiplications stay balanced
    if hi - lo < 16:
        r = 1
        for k in range(lo, hi + 1):
            r *= k
        return r
    mid = (lo + hi) // 2
    return _product(lo, mid) * _product(mid + 1, hi)


def comb(n, k, /):
    n = _index(n)
    k = _index(k)
    if n < 0:
        raise ValueError("n must be a non-negative integer")
    if k < 0:
        raise ValueError("k must be a non-negative integer")
    if k > n:
        return 0
    k = min(k, n - k)
    if k == 0:
        return 1
    return _product(n - k + 1, n) // _product(1, k)


def perm(n, k=None, /):
    if k is None:
        return factorial(n)
    n = _index(n)
    k = _index(k)
    if n < 0:
        raise ValueError("n must be a non-negative integer")
    if k < 0:
        raise ValueError("k must be a non-negative integer")
    if k > n:
        return 0
    if k == 0:
        return 1
    return _product(n - k + 1, n)


def isqrt(n, /):
    n = _index(n)
    if n < 0:
        raise ValueError("isqrt() argument must be nonnegative")
    if n == 0:
        return 0
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y
