# The methods of bytes as CPython 3.11 has them: searching, splitting, stripping, padding, case,
# predicates, hex / fromhex, decode with codecs and error handlers, maketrans / translate, and
# printf-style % formatting; the bytes-only argument rules and error texts.
b = b"  Hello, World!  "
print(b.strip(), b.lstrip(), b.rstrip(), b"xxhixx".strip(b"x"), b"abc".strip(None))
print(b"a,b,,c".split(b","), b"a b  c\n".split(), b"a,b,c".split(b",", 1), b"a,b,c".rsplit(b",", 1))
print(b"  a b c  ".split(maxsplit=1), b"a-b-c".split(sep=b"-"), b"".split(), b"".split(b","))
print(b"-".join([b"a", b"b", b"c"]), b"".join([]), b", ".join((b"x", b"y")))
print(b"hello".startswith(b"he"), b"hello".endswith((b"lo", b"x")), b"hello".startswith(b"l", 2))
print(b"hello".find(b"l"), b"hello".rfind(b"l"), b"hello".find(b"z"), b"hello".find(108), b"hello".find(b"l", 3))
print(b"hello".index(b"e"), b"hello".rindex(b"l"), b"hello".count(b"l"), b"hello".count(108), b"aaaa".count(b"aa"))
print(b"hello world".replace(b"o", b"0"), b"aaa".replace(b"a", b"b", 2), b"abc".replace(b"", b"-"))
print(b"Hello World".upper(), b"Hello World".lower(), b"hello world".capitalize(), b"hello world".title())
print(b"Hello World".swapcase(), b"\xe9t\xe9".upper(), b"caf\xc3\xa9".title())
print(b"123".isdigit(), b"12a".isdigit(), b"abc".isalpha(), b"ab1".isalnum(), b" \t\n".isspace(), b"".isspace())
print(b"ABC".isupper(), b"abc".islower(), b"Abc".islower(), b"Hello World".istitle(), b"\x80".isascii(), b"a".isascii())
print(b"a=b".partition(b"="), b"a=b=c".rpartition(b"="), b"ab".partition(b"x"), b"ab".rpartition(b"x"))
print(b"ab".center(6), b"ab".center(7, b"*"), b"ab".ljust(5, b"-"), b"ab".rjust(5), b"42".zfill(5), b"-42".zfill(6))
print(b"a\nb\r\nc\rd".splitlines(), b"a\nb\n".splitlines(True), b"x".splitlines(keepends=True))
print(b"a\tbc\td".expandtabs(), b"a\tb".expandtabs(4), b"ab\tc".expandtabs(tabsize=2))
print(b"prefix-body".removeprefix(b"prefix-"), b"body.py".removesuffix(b".py"), b"x".removeprefix(b"y"))
print(b"\x00\xff\x10abc".hex(), b"abcdef".hex(":"), b"abcdef".hex("-", 2), b"abcdef".hex(" ", -4), b"".hex())
print(bytes.fromhex("00ff10 61 62"), bytes.fromhex(""), b"x".fromhex("4142"))
print(b"caf\xc3\xa9".decode(), b"caf\xc3\xa9".decode("utf-8"), b"\xe9t\xe9".decode("latin-1"), b"abc".decode("ascii"))
print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode(errors="ignore"), b"a\xffb".decode("utf-8", "backslashreplace"))
print(b"\xf0\x9f\x98\x80".decode(), b"x\xe2\x82".decode("utf-8", "replace"), b"caf\xc3\xa9".decode("UTF8"))
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), t[97:100], b"aabbcc".translate(t), b"hello".translate(None, b"l"), b"abc".translate(t, b"b"))
print(b"%s and %s" % (b"x", b"y"), b"%d%%" % 50, b"%5.2f|%-4d|%x|%c%c" % (3.14159, 7, 255, 65, b"B"))
print(b"%r %a" % (b"q", "\xe9"), b"%(a)s=%(b)d" % {b"a": b"key", b"b": 1}, b"%s" % b"only", b"%b" % (b"bb",))
print(b"abc" * 2, 3 * b"x", b"a" + b"b", b"b" in b"abc", 98 in b"abc", b"abc"[1], b"abc"[::-1], list(b"hi"))

for bad in [
    lambda: b"abc".index(b"z"),
    lambda: b"abc".split("a"),
    lambda: b"abc".find(300),
    lambda: b"".join([b"a", "b"]),
    lambda: b"a".center(5, "x"),
    lambda: b"\xff".decode(),
    lambda: b"a\x80".decode("ascii"),
    lambda: b"\xe2\x82".decode(),
    lambda: bytes.fromhex("zz"),
    lambda: bytes.fromhex("abc"),
    lambda: b"%s" % "a",
    lambda: b"%d %d" % (1,),
    lambda: b"%d" % (1, 2),
    lambda: b"x".startswith("x"),
    lambda: b"x".replace("x", b"y"),
    lambda: bytes.maketrans(b"ab", b"c"),
    lambda: b"x".decode("nope"),
]:
    try:
        print(bad())
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__, e)
