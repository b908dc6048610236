# Writes longint_expected.txt for longint_test.cpp: random ints of 1..300 bits (and values next to
# powers of two) with what CPython 3.11 computes for them. Regenerate with python3.11 when the cases
# change: python3 tests/cpp/python/gen_longint_expected.py > tests/cpp/python/longint_expected.txt
import random

random.seed(17)


def rnd():
    k = random.choice([1, 31, 32, 33, 63, 64, 65, 100, 200, 300, 1030])
    v = random.getrandbits(k)
    if random.random() < 0.3:
        v = (1 << k) - random.choice([0, 1])
    return -v if random.random() < 0.5 else v


def f(x):
    try:
        return repr(x())
    except OverflowError:
        return "overflow"


print("# a b a+b a-b a*b a//b a%b a&b a|b a^b s a<<s a>>s hash(a) hex(|a|) float(a) a/b pow(a,|b|%1000,m) m")
for _ in range(150):
    a, b = rnd(), rnd()
    if b == 0:
        b = 3
    s = random.randint(0, 130)
    m = random.choice([7, 10**9 + 7, 2**64 + 13, -(2**70 + 1)])
    row = [a, b, a + b, a - b, a * b, a // b, a % b, a & b, a | b, a ^ b, s, a << s, a >> s, hash(a),
           format(abs(a), "x"), f(lambda: float(a)), f(lambda: a / b),
           pow(a, abs(b) % 1000, m), m]
    print(" ".join(str(x) for x in row))
