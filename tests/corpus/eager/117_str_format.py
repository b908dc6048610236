# str.format / format_map (CPython 3.11): attribute and index accessors, nested specs, !r/!s/!a,
# automatic and manual numbering, __format__, and the ValueError / IndexError / KeyError texts.
class A:
    x = 5
    def __format__(self, spec):
        return "A<" + spec + ">"
a = A()
print("{0.x} {0.__class__.__name__} {a[1]} {b.x} {0}".format(a, a=[1, 2], b=a))
print("{0[0][1]} {d[k]} {d[k]!r:>6}".format([[1, 2]], d={"k": "v"}))
print("{:{w}.{p}f}|{:>{w}}|{!a}|{!r}".format(3.14159, "x", "é", "s", w=8, p=2))
print("{{}} {} {}".format(1, 2), "{0}{1}{0}".format("a", "b"), "{x}{y}".format_map({"x": 1, "y": 2}))
for f, args, kw in [("{", (), {}), ("}", (), {}), ("{0}{}", (1, 2), {}), ("{}{0}", (1, 2), {}), ("{2}", (1,), {}),
                    ("{x}", (), {}), ("{0!z}", (1,), {}), ("{0.}", (1,), {}), ("{0[}", (1,), {}), ("{:{}}", (1,), {}),
                    ("{0[0]x}", ([1],), {}), ("{0!}", (1,), {})]:
    try:
        print(f.format(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)
try:
    "{0}".format_map({})
except Exception as e:
    print(type(e).__name__, e)
