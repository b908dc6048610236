# _dp_sha512: SHA-512 (FIPS 180-4) in Python, for random.seed(str / bytes), which seeds with the
# string's bytes followed by their SHA-512 digest as CPython's Lib/random.py does. Only
# digest(data) -> bytes; the playground has no hashlib. The constants are computed, as the
# standard defines them: the first 64 bits of the fractional parts of the square roots (initial
# hash) and cube roots (round constants) of the first primes.
_M = 0xFFFFFFFFFFFFFFFF


def _iroot(n, k):
    # floor(n ** (1/k)) for ints, by Newton's method from above.
    x = 1 << ((n.bit_length() + k - 1) // k)
    while True:
        y = ((k - 1) * x + n // x ** (k - 1)) // k
        if y >= x:
            return x
        x = y


def _primes(count):
    out = []
    n = 2
    while len(out) < count:
        if all(n % p for p in out):
            out.append(n)
        n += 1
    return out


_P = _primes(80)
_H0 = [_iroot(p << 128, 2) & _M for p in _P[:8]]
_K = [_iroot(p << 192, 3) & _M for p in _P]


def _rotr(x, n):
    return ((x >> n) | (x << (64 - n))) & _M


def digest(data):
    data = bytes(data)
    length = len(data) * 8
    data += b"\x80" + bytes((111 - len(data)) % 128) + length.to_bytes(16, "big")
    h = list(_H0)
    for off in range(0, len(data), 128):
        w = [int.from_bytes(data[off + 8 * i:off + 8 * i + 8], "big") for i in range(16)]
        for i in range(16, 80):
            x, y = w[i - 15], w[i - 2]
            s0 = _rotr(x, 1) ^ _rotr(x, 8) ^ (x >> 7)
            s1 = _rotr(y, 19) ^ _rotr(y, 61) ^ (y >> 6)
            w.append((w[i - 16] + s0 + w[i - 7] + s1) & _M)
        a, b, c, d, e, f, g, hh = h
        for i in range(80):
            t1 = (hh + (_rotr(e, 14) ^ _rotr(e, 18) ^ _rotr(e, 41)) + ((e & f) ^ (~e & g)) + _K[i] + w[i]) & _M
            t2 = ((_rotr(a, 28) ^ _rotr(a, 34) ^ _rotr(a, 39)) + ((a & b) ^ (a & c) ^ (b & c))) & _M
            hh, g, f, e, d, c, b, a = g, f, e, (d + t1) & _M, c, b, a, (t1 + t2) & _M
        h = [(x + y) & _M for x, y in zip(h, [a, b, c, d, e, f, g, hh])]
    out = 0
    for x in h:
        out = (out << 64) | x
    return out.to_bytes(64, "big")
