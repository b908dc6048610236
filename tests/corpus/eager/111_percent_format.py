# printf-style formatting (str % args): mapping keys, flags, '*' width and precision, every
# conversion, and CPython's TypeError / ValueError / KeyError texts (logging formats with it).
tests = [("%s|%5s|%-5s|%.2s|%r|%a", ("ab", "x", "y", "hello", "q", "é")),
         ("%d %i %u %5d %-5d| %05d %+d % d %.3d %x %#x %X %o %#o %08.3f", (1, -2, 3, 42, 42, -42, 5, 5, 7, 255, 255, 255, 8, 8, 3.14159)),
         ("%e %E %f %F %g %G %.2e %10.4f %-10.1f| %+.1f", (12345.678, 0.000123, 1.5, 2.5, 1e20, 1e-5, 3.0, 3.14159, 2.5, 1.0)),
         ("%c%c %%", (65, "z")), ("%(a)s-%(b)05.1f", {"a": 1, "b": 2.25}), ("%*d|%-*d|%.*f", (5, 1, 4, 2, 2, 3.14159)),
         ("%s", ([1, 2],)), ("%s", {"a": 1}), ("%d", 3.9), ("%d", True), ("%x", True), ("%s %s", ("a", "b"))]
for f, a in tests:
    print(repr(f % a))
print("abc" % [], "%s" % "x")
for f, a in [("%d", "x"), ("%x", 1.5), ("%f", "x"), ("%c", "ab"), ("%(a)s", 5), ("%(a", {}), ("%(a)s", {}), ("%s %s", (1,)),
             ("abc", 5), ("%s", (1, 2)), ("%y", 1), ("ab%", 1), ("%.é", 1), ("%*d", ("x", 1)), ("%c", 1114112)]:
    try:
        print(repr(f % a))
    except Exception as e:
        print(type(e).__name__, e)
