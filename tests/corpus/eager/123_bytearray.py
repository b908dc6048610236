# bytearray as CPython 3.11 has it: construction forms, indexing, slicing and assignment, the
# mutating methods, +, *, in, comparisons with bytes, hex / fromhex, decode, repr, len,
# iteration, bytes' methods returning bytearray, and the error texts.
print(bytearray(), bytearray(3), bytearray(b"abc"), bytearray([65, 66, 67]), bytearray("hé", "utf-8"))
print(bytearray(range(5)), bytearray(bytearray(b"xy")), bytearray(source=b"kw"), type(bytearray()).__name__)
ba = bytearray(b"hello")
print(ba[0], ba[-1], ba[1:3], ba[::-1], len(ba), list(ba), 108 in ba, b"ell" in ba, bytes(ba))
ba[0] = 72
ba[1:3] = b"EL"
print(ba)
ba[1:3] = [105, 105, 105]
print(ba)
ba[::2] = b"XYZ"
print(ba)
del ba[0]
del ba[-2:]
print(ba)
ba.append(33)
ba.extend(b"??")
ba.extend([49, 50])
ba.insert(0, 60)
ba.insert(100, 62)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(63)
print(ba)
ba.reverse()
print(ba)
c = ba.copy()
ba.clear()
print(ba, c, c is not ba)
x = bytearray(b"ab")
y = x
x += b"cd"
print(x, y is x)
x *= 2
print(x, y)
print(bytearray(b"ab") + b"cd", b"ab" + bytearray(b"cd"), bytearray(b"ab") * 2, 2 * bytearray(b"z"))
print(type(bytearray(b"ab") + b"cd").__name__, type(b"ab" + bytearray(b"cd")).__name__)
print(bytearray(b"abc") == b"abc", b"abc" == bytearray(b"abc"), bytearray(b"a") < bytearray(b"b"), bytearray(b"a") != b"a")
print(bytearray(b"\x00\xff").hex(), bytearray.fromhex("41 42"), bytearray(b"caf\xc3\xa9").decode())
print(bytearray(b"a,b").split(b","), bytearray(b"Hi").upper(), bytearray(b"  x ").strip(), bytearray(b"-").join([b"a", b"b"]))
print(bytearray(b"abc").find(b"c"), bytearray(b"abc").replace(b"b", b"B"), bytearray(b"%d") % 5)
print(repr(bytearray(b"q'\n")), str(bytearray(b"s")), [b for b in bytearray(b"hi")])
print(bool(bytearray()), bool(bytearray(b"\x00")), isinstance(bytearray(), bytes), isinstance(bytearray(), bytearray))

for bad in [
    lambda: hash(bytearray(b"x")),
    lambda: bytearray(b"x").append(256),
    lambda: bytearray(b"x").append("a"),
    lambda: bytearray("abc"),
    lambda: bytearray(-1),
    lambda: bytearray(b"").pop(),
    lambda: bytearray(b"ab").remove(99),
    lambda: bytearray(b"ab").__setitem__(5, 1),
    lambda: bytearray(b"ab")[5],
    lambda: bytearray(b"ab").extend("s"),
    lambda: bytearray(1.5),
    lambda: {bytearray(b"k"): 1},
]:
    try:
        print(bad())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
