# Native only (tests/corpus/native_libm: not run under WebAssembly, whose libc's pow / log / exp
# differ from glibc's in the last bits; see docs/stdlib.md, math).
# math on generated arguments (random's Mersenne Twister is CPython's, so both sides draw the same
# numbers): gamma / lgamma (CPython's Lanczos), hypot / dist (vector_norm), fsum (exact partials),
# pow, fmod, remainder, atan2, log with a base, and the libm functions, every result by repr.
import math
import random

random.seed(17)
def draw(lo, hi, n=40):
    return [random.uniform(lo, hi) for _ in range(n)]

def show(name, f, args, fmt=repr):
    out = []
    for a in args:
        try:
            out.append(fmt(f(*a)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, " ".join(out))

show("gamma", math.gamma, [(x,) for x in draw(-30, 180) + draw(0, 6) + draw(-6, 0) + draw(140, 172)])
show("lgamma", math.lgamma, [(x,) for x in draw(-50, 300) + draw(0, 3) + draw(-3, 0) + draw(1e5, 1e300)])
show("hypot2", math.hypot, list(zip(draw(-10, 10), draw(-10, 10))))
show("hypot3", math.hypot, list(zip(draw(-1e5, 1e5), draw(-1, 1), draw(-1e-3, 1e-3))))
show("dist", math.dist, [(draw(-5, 5, 4), draw(-5, 5, 4)) for _ in range(30)])
show("fsum", math.fsum, [(draw(-1e16, 1e16, 20) + draw(-1, 1, 20),) for _ in range(30)])
show("pow", math.pow, list(zip(draw(0, 20), draw(-30, 30))))
show("fmod", math.fmod, list(zip(draw(-1e6, 1e6), draw(-10, 10))))
show("remainder", math.remainder, list(zip(draw(-1e6, 1e6), draw(-10, 10))))
show("atan2", math.atan2, list(zip(draw(-3, 3), draw(-3, 3))))
show("logb", math.log, list(zip(draw(0, 1e6), draw(1.5, 20))))
for name in ("exp", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan", "asin", "acos", "atan",
             "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "erf", "erfc", "cbrt", "exp2", "sqrt"):
    show(name, getattr(math, name), [(x,) for x in draw(-2, 2, 15) + draw(0, 50, 15)])
