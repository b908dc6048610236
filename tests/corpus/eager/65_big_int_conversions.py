# int <-> str/bytes/float conversions of big ints: repr/str/format, hex/oct/bin, int(text, base),
# to_bytes/from_bytes, bit_length, float() rounding and its OverflowError.
n = 2**200 - 12345
print(repr(n), str(-n), f"{n}", "%d" % n if False else n)
print(hex(n), oct(-n), bin(2**70 + 5), hex(-2**64))
print(format(10**30, ","), format(-10**25, "_x"), f"{2**70:#b}", f"{10**20:>30}|", f"{-2**64:+}")
print(f"{2**100:X}", f"{2**80:#o}", f"{10**25:e}", f"{2**64:.3f}", f"{-10**22:_}")
print(int("123456789" * 5), int("-0x" + "f" * 30, 16), int("0b" + "1" * 70, 0), int("z" * 20, 36))
print(int("1_000_000_000_000_000_000_000"), int("  -42  "), int("0x_ff", 16), int("0o777", 0))
for bad in ["_1", "1__1", "1_", "010", "0b", "", "12a", "1 2"]:
    try:
        print(int(bad, 0) if bad in ("010", "0b") else int(bad))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("1", 37)
except ValueError as e:
    print("ValueError:", e)
print((2**64).to_bytes(9, "big"), (2**64).to_bytes(9, "little"), (255).to_bytes(1, "big"))
print((-129).to_bytes(2, "little", signed=True), (-(2**70)).to_bytes(10, "big", signed=True))
print(int.from_bytes(b"\xff" * 9, "little", signed=True), int.from_bytes(b"\x01" + b"\x00" * 9, "big"))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"\x80\x00", "big", signed=True), (0).to_bytes(0, "big"))
for args in [(1, 0), (256, 1), (-1, 2)]:
    try:
        args[0].to_bytes(args[1], "big")
    except OverflowError as e:
        print("OverflowError:", e)
try:
    (128).to_bytes(1, "big", signed=True)
except OverflowError as e:
    print("OverflowError:", e)
print((2**100).bit_length(), (-2**100).bit_length(), (2**100 - 1).bit_count(), (0).bit_length())
print(float(2**64), float(-2**100), float(2**1023), float(2**53 + 1), float(2**54 + 3))
print(float(10**308), float(2**1024 - 2**971), float(123456789012345678901234567890))
for v in [2**1024, -10**400, 2**1024 - 2**970]:
    try:
        float(v)
    except OverflowError as e:
        print("OverflowError:", e)
try:
    10**400 / 3
except OverflowError as e:
    print("OverflowError:", e)
try:
    10**400 * 1.0
except OverflowError as e:
    print("OverflowError:", e)
print(10**400 // 10**399, 10**400 / 10**399, (10**400 + 1) / 10**400)
import math
print(math.floor(1e30), math.ceil(-1e25), math.trunc(2.0**70), math.floor(2**80))
print(f"{2**20:#_x}", f"{255:_b}", f"{2**70:_o}", f"{-(2**64):#_X}", f"{123456789:_}", f"{2**64:,}")
