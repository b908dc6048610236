# str.maketrans / translate / isascii / isprintable / isidentifier (XID tables) / format_map,
# slice.indices, range.count, 'in' on bytes (a byte value or a substring), int.as_integer_ratio and
# the rest of the built-in exception hierarchy, as CPython 3.11.
t = str.maketrans({'a': 'A', 98: None, 'c': 120})
print(sorted(t.items()), 'abcabc'.translate(t), 'hello'.translate(str.maketrans('lo', 'LO', 'h')))
print('naïve'.isascii(), 'ß'.isidentifier(), '1a'.isidentifier(), 'ﬁ'.isidentifier(), '\u200b'.isprintable(), 'é'.isprintable())
print('{name}-{n:03d}'.format_map({'name': 'x', 'n': 7}))
for s in [slice(None), slice(-3, None), slice(None, None, -1), slice(2, 100, 3), slice(-100, -50)]:
    print(s.indices(10))
print(range(0, 10, 3).count(6), range(5).count(7), range(5).count(2.0))
print(b'x' in b'xyz', 120 in b'xyz', b'' in b'a')
for bad in ['s', 300]:
    try:
        print(bad in b'abc')
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    str.maketrans('ab', 'c')
except ValueError as e:
    print(e)
print(issubclass(TimeoutError, OSError), issubclass(BrokenPipeError, ConnectionError), IOError is OSError, issubclass(TabError, SyntaxError), issubclass(UnicodeDecodeError, ValueError))
print((7).as_integer_ratio(), True.as_integer_ratio())
