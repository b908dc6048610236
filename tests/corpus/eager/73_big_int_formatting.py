# Big ints through %-formatting, str.format, json, copy, and the numbers-ABC attributes of int
# (real, imag, numerator, denominator, conjugate).
import copy, json
b = 2**70 + 5
print("%d %i %x %X %o %s %r" % (b, -b, b, b, b, b, b), "{:d} {:x} {!r}".format(b, b, b), "%5d|" % b)
print("%.3f %e %g" % (b, b, b), "%10.2f|" % 2**64)
print(json.dumps({"n": b, "l": [2**64]}), copy.deepcopy([b]) == [b], copy.copy(b) is b)
print(str(b).zfill(30), repr([b, -b]), f"{b!s:>30}", int(str(b)) == b, float(b) == b, b == float(b))
print(b.__index__(), (b).real if hasattr(b, 'real') else '', isinstance(b, (int, float)), sum([b, 0.5]))
print(divmod(b, 2.5), b ** 0.5, (-b) ** 0.5 if False else 0, pow(b, 2, 10**9), b.conjugate() if hasattr(b, 'conjugate') else '')
print((5).real, (5).imag, True.real, (2**70).numerator, (7).denominator, (-3).conjugate(), type(True.real))
print(f"{65:c}")
try:
    format(2**70, "c")
except OverflowError as e:
    print("OverflowError:", e)
