# float.hex / float.fromhex / float.as_integer_ratio as CPython's (float_hex, float_fromhex with
# round-half-even and subnormals, float_as_integer_ratio with ints of any size), their errors.
import math
vals = [0.0, -0.0, 1.0, -2.5, 0.1, 1e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, math.pi, float('inf'), float('-inf'), 3.0e-310]
for v in vals:
    h = v.hex()
    print(h, float.fromhex(h) == v or v != v)
    if v == v and v not in (float('inf'), float('-inf')):
        print(v.as_integer_ratio())
for s in ['0x1p-1074', '0x1p-1075', '0x1.0000000000001p-1075', '0x1.fffffffffffff8p1023', ' -0X1.8P+1 ', 'inf', '-Infinity', 'nan', '0x.8', '1', 'a.8p0', '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1.000000000000081p0']:
    try:
        print(repr(s), float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
for s in ['', '0x', '0xg', '1p', '0x1p+', '1e5', '0x1p1024']:
    try:
        print(float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
try:
    float('nan').as_integer_ratio()
except ValueError as e:
    print(e)
try:
    float('inf').as_integer_ratio()
except OverflowError as e:
    print(e)
