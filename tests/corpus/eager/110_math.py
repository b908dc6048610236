# math (CPython 3.11): every function and constant of the module, printed with repr so every bit
# counts, on ordinary arguments, special values (inf, nan, -0.0), big ints, and the ValueError /
# OverflowError / TypeError texts.
import math

names = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atan2', 'atanh', 'cbrt', 'ceil', 'comb',
         'copysign', 'cos', 'cosh', 'degrees', 'dist', 'e', 'erf', 'erfc', 'exp', 'exp2', 'expm1',
         'fabs', 'factorial', 'floor', 'fmod', 'frexp', 'fsum', 'gamma', 'gcd', 'hypot', 'inf',
         'isclose', 'isfinite', 'isinf', 'isnan', 'isqrt', 'lcm', 'ldexp', 'lgamma', 'log',
         'log10', 'log1p', 'log2', 'modf', 'nan', 'nextafter', 'perm', 'pi', 'pow', 'prod',
         'radians', 'remainder', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'tau', 'trunc', 'ulp']
print([n for n in names if not hasattr(math, n)])
print(repr(math.pi), repr(math.e), repr(math.tau), math.inf, -math.inf, math.nan)

xs = [0.0, 0.5, 1.0, 2.0, 3.7, 10.0, 1e-10, 123456.789]
for name in ['sqrt', 'exp', 'exp2', 'expm1', 'log', 'log2', 'log10', 'log1p', 'sin', 'cos',
             'tan', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'erf', 'erfc', 'cbrt', 'fabs']:
    f = getattr(math, name)
    out = []
    for x in xs:
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, " ".join(out))
for name in ['acos', 'asin', 'atanh']:
    f = getattr(math, name)
    print(name, [f(x) for x in (-0.9, -0.5, 0.0, 0.25, 0.5, 0.99)])
print("acosh", [math.acosh(x) for x in (1.0, 1.5, 2.0, 10.0, 1e10)])
print("neg", [math.sin(-1.5), math.exp(-3.2), math.tanh(-0.7), math.cbrt(-27.0), math.cbrt(-2.0), math.erf(-0.3)])
print("big", math.exp(700), math.sinh(50), math.cosh(-20), math.log(1e300), math.sqrt(1e300))
print("gamma", [math.gamma(x) for x in (0.5, 1.0, 1.5, 5.0, 10.5, 20.0, -0.5, -1.5, 171.0)])
print("lgamma", [math.lgamma(x) for x in (0.5, 1.0, 2.0, 3.5, 100.0, 1e5, -0.5, -2.5)])
print("atan2", [math.atan2(y, x) for y, x in ((1, 1), (-1, -1), (0.0, -0.0), (-0.0, -1.0), (1, 0), (math.inf, math.inf), (3, -4))])
print("hypot", math.hypot(3, 4), math.hypot(), math.hypot(1.5), math.hypot(1, 2, 3), math.hypot(1e200, 1e200), math.hypot(-5, math.inf), math.hypot(math.nan, math.inf), math.hypot(0.1, 0.2, 0.3))
print("dist", math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 5, 6]), math.dist((1.5,), (0.2,)))
print("pow", math.pow(2, 10), math.pow(2.5, 1.5), math.pow(-8, 1 / 3) if False else math.pow(-2, 3), math.pow(0.0, 0), math.pow(1, math.nan), math.pow(math.nan, 0), math.pow(-1, math.inf), math.pow(2, -1074), math.pow(0.0, math.inf))
print("fmod", math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7.5, -2), math.fmod(-0.0, 1), math.fmod(1e300, 3.3), math.fmod(5, math.inf))
print("remainder", math.remainder(7, 3), math.remainder(8, 3), math.remainder(-7.5, 2), math.remainder(5, 2), math.remainder(7, 2), math.remainder(1e300, 3.3))
print("copysign", math.copysign(3, -0.0), math.copysign(-2.5, 1), math.copysign(math.inf, -1), math.copysign(1, math.nan))
print("frexp", math.frexp(8.0), math.frexp(0.0), math.frexp(-3.5), math.frexp(1e-310), math.frexp(math.inf), math.frexp(5))
print("ldexp", math.ldexp(0.5, 4), math.ldexp(1.0, -1074), math.ldexp(1.0, -1080), math.ldexp(-3, 2), math.ldexp(1.0, 10 ** 20 if False else 1023))
print("modf", math.modf(3.75), math.modf(-2.5), math.modf(math.inf), math.modf(-0.0), math.modf(7))
print("trunc/floor/ceil", math.trunc(3.7), math.trunc(-3.7), math.floor(-0.5), math.ceil(-0.5), math.floor(2), math.ceil(1e20), math.floor(-1e300) == -10 ** 300 or "big", math.ceil(2.0000001), type(math.floor(1.5)).__name__)
print("degrees/radians", math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(45.5))
print("isclose", math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-12, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan), math.isclose(1, 1.05, rel_tol=0.1))
print("isfinite/isinf/isnan", math.isfinite(1e308), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(5), math.isinf(10 ** 400 if False else 1.0))
print("fsum", math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]), math.fsum(range(10)), math.fsum([1e308, -1e308, 1e308]), math.fsum([0.1, 0.2, 0.3]))
print("prod", math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod(range(1, 30)), math.prod([1, 2], start=10), math.prod(["ab", 3]) if False else math.prod([3, "ab"]))
print("gcd/lcm", math.gcd(12, 18), math.gcd(0, 5), math.gcd(), math.gcd(-4, 6, 10), math.gcd(2 ** 100, 6 ** 50), math.lcm(4, 6), math.lcm(), math.lcm(3, 0), math.lcm(-4, 6, 5), math.lcm(2 ** 64, 3))
print("factorial", math.factorial(0), math.factorial(5), math.factorial(20), math.factorial(30), len(str(math.factorial(300))))
print("comb/perm", math.comb(5, 2), math.comb(10, 0), math.comb(3, 5), math.comb(100, 50), math.perm(5, 2), math.perm(5), math.perm(3, 5), math.perm(30, 20))
print("isqrt", math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 30), math.isqrt(2 ** 127 - 1), math.isqrt(True))
print("nextafter", math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.nextafter(0.0, -1.0), math.nextafter(1.0, 1.0), math.nextafter(math.inf, 0))
print("ulp", math.ulp(1.0), math.ulp(0.0), math.ulp(1e300), math.ulp(-2.0), math.ulp(math.inf), math.ulp(5e-324))
print("ints", math.sqrt(10 ** 40), math.log(10 ** 400), math.log2(2 ** 2000), math.log10(10 ** 500), math.log(2 ** 70, 2), math.log(100, 10), math.log(8, 2), math.exp(True), math.log1p(10 ** 20))
print("inf/nan", math.sqrt(math.inf), math.exp(-math.inf), math.atan(math.inf), math.tanh(-math.inf), math.log(math.inf), math.erf(math.inf), math.erfc(-math.inf), math.exp(math.nan), math.cos(math.nan))
print("signed zero", math.sqrt(-0.0), math.sin(-0.0), math.tan(-0.0), math.atan(-0.0), math.expm1(-0.0), math.copysign(1, math.fabs(-0.0)), math.ceil(-0.4), math.trunc(-0.0))

def err(f):
    try:
        print(repr(f()))
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)

for call in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1.5), lambda: math.log(10, 1),
             lambda: math.log(0, 10), lambda: math.acos(2), lambda: math.asin(-1.5), lambda: math.acosh(0.5),
             lambda: math.atanh(1), lambda: math.log1p(-1), lambda: math.exp(1000), lambda: math.exp2(1025),
             lambda: math.cosh(1000), lambda: math.pow(10.0, 400), lambda: math.pow(0.0, -1),
             lambda: math.pow(-8, 1 / 3), lambda: math.gamma(0), lambda: math.gamma(-2), lambda: math.gamma(172),
             lambda: math.lgamma(-1), lambda: math.fmod(1, 0), lambda: math.fmod(math.inf, 1),
             lambda: math.remainder(1, 0), lambda: math.ldexp(1.0, 2000), lambda: math.factorial(-1),
             lambda: math.factorial(2.0), lambda: math.factorial(2.5), lambda: math.comb(-1, 2), lambda: math.comb(5, -2),
             lambda: math.perm(-3), lambda: math.comb(5.0, 2), lambda: math.isqrt(-1), lambda: math.isqrt(2.0),
             lambda: math.gcd(1.5, 2), lambda: math.lcm(2, "x"), lambda: math.sqrt("x"), lambda: math.sqrt(),
             lambda: math.sqrt(1, 2), lambda: math.floor("x"), lambda: math.ceil(None), lambda: math.trunc("x"),
             lambda: math.floor(math.inf), lambda: math.ceil(math.nan), lambda: math.dist((1, 2), (1,)),
             lambda: math.hypot("x"), lambda: math.fsum([math.inf, -math.inf]), lambda: math.fsum([1e308, 1e308]),
             lambda: math.prod(5), lambda: math.isclose(1, 2, rel_tol=-1), lambda: math.frexp("x"),
             lambda: math.nextafter(1), lambda: math.ulp("x"), lambda: math.copysign("a", 1),
             lambda: math.log(-(10 ** 400)), lambda: math.sqrt(10 ** 400), lambda: math.exp(10 ** 400),
             lambda: math.ldexp(1.0, 1.5), lambda: math.atan2(1), lambda: math.isinf("x"), lambda: math.degrees(None),
             lambda: math.sqrt(-0.0), lambda: math.cbrt(-0.0), lambda: math.tan(math.inf), lambda: math.sin(math.inf)]:
    err(call)
