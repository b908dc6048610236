# Complex constants folded as CPython's ast_opt does (1 + 2j, -1j, 2j * 3, powers, quotients; no
# folding when the operation raises), complex literal patterns, and complex values at run time.
a = 1 + 2j
b = -1j
c = 2j * 3
d = (1 + 2j) * (3 - 4j)
e = 1j ** 2
f = (1 + 1j) / (2 - 1j)
g = +3j
h = 1.5 - 0.5j
j = 2 ** 0.5j
k = 1e308j * 1e10
l = (1+2j) // 2 if False else 0
m = -(0j)
n = 10 ** 400 + 1j if False else 0
o = (1 + 2j) ** 3
p = not 1j
q = 1j == 1j
def fn(x):
    match x:
        case 1 + 2j:
            return "a"
        case -3 - 4j:
            return "b"
        case 1j:
            return "c"
    return "d"
print(a, b, c, d, e, f, g, h, j, k, m, o, p, q)
print(fn(1 + 2j), fn(complex(-3, -4)), fn(1j), fn(2))
print(repr(-0.0 - 1j), repr(complex(-0.0, 0.0)), abs(3 + 4j), (1 + 2j).conjugate(), (1 + 2j).real, (1 + 2j).imag)
print(hash(1 + 2j), hash(3j), hash(complex(5, 0)) == hash(5), complex("1+2j"), complex(1, 2), complex(), complex(2.5))
try:
    (1e200 + 1e200j) ** 2
except OverflowError as e:
    print("OverflowError", e)
try:
    1j / 0
except ZeroDivisionError as e:
    print(e)
try:
    0j ** -1
except ZeroDivisionError as e:
    print(e)
print(1j ** 2, (2 + 0j) ** -2, 1j * 1j, -(1 + 0j), (1 - 1j) - (1 - 1j))
for t in ["1+2j", " ( 1.5-2.5e3J ) ", "j", "-j", "+J", "3", "1_000j", "1+j", "inf+nanj", "-infj", "1e5", "1e", "(1+2j", "1 + 2j", "", "()", "1+2", ".5j", "5.j", "1__0j", "nan"]:
    try:
        print(repr(t), complex(t))
    except ValueError as e:
        print(repr(t), "ValueError", e)
try:
    complex("1", 2)
except TypeError as e:
    print(e)
