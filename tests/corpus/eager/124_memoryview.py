# memoryview over bytes and bytearray as CPython 3.11 has it (format 'B'): attributes, indexing,
# slicing (views of the same memory), writes through a bytearray's view, tobytes / tolist / hex,
# comparisons, hashing, release and the context manager, and the error texts.
m = memoryview(b"abc")
print(m.readonly, m.nbytes, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.obj, len(m))
print(m[0], m[-1], m[1:].tobytes(), m.tolist(), m.hex(), list(m), bytes(m), type(m[1:]).__name__)
print(repr(m).startswith("<memory at 0x"), type(m).__name__, isinstance(m, memoryview))
ba = bytearray(b"xyz")
w = memoryview(ba)
w[0] = 65
w[1:3] = b"BC"
print(ba, w.readonly, w.tobytes(), w.tolist())
ba[0] = 97
print(w[0], w.tobytes(), bytearray(w), w[::2].tobytes(), memoryview(b"abcdef")[::-2].tolist())
sub = w[1:]
sub[0] = 0x62
print(ba, sub.obj is ba, sub.nbytes)
print(memoryview(b"ab") == b"ab", memoryview(b"ab") == memoryview(bytearray(b"ab")), memoryview(b"ab") != b"ac", w == [1])
print(hash(memoryview(b"ab")) == hash(b"ab"), memoryview(memoryview(b"qq")).tobytes())
with memoryview(b"q") as mm:
    print(mm[0])
r = memoryview(b"r")
r.release()
print(repr(r).startswith("<released memory at 0x"))
for bad in [
    lambda: memoryview("a"),
    lambda: len(mm),
    lambda: r[0],
    lambda: r.tobytes(),
    lambda: w.__setitem__(slice(0, 1), b"ab"),
    lambda: m.__setitem__(0, 1),
    lambda: hash(w),
    lambda: w[5],
    lambda: w.__setitem__(0, 300),
    lambda: memoryview(1),
]:
    try:
        print(bad())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
