# eval, exec and compile as CPython 3.11 runs them: string and bytes sources, the three modes,
# globals / locals dicts, code objects, the caller's namespace, SyntaxError's attributes.
print(eval("1 + 2 * 3"))
print(eval("  [x * x for x in range(4)]"))
print(eval("\t(1, 2)"))
print(eval(b"'bytes' + ' source'"))
print(eval("a + b", {"a": 1, "b": 2}))
print(eval("a + b", {"a": 1}, {"b": 10}))
print(eval("len('abc')", {}))

g = {}
exec("x = 5\ndef f(y):\n    return x + y\n", g)
print(sorted(k for k in g if k != "__builtins__"), "__builtins__" in g)
print(g["f"](10), g["f"].__name__)
g["x"] = 100
print(g["f"](1))
print(exec("1 + 1"))

# locals dict separate from globals: assignments go to the locals
gl, lo = {"k": 3}, {}
exec("m = k * 2\nk2 = m + 1", gl, lo)
print(sorted(lo.items()), "m" in gl)

# no globals: the caller's module namespace
exec("module_level = 'set by exec'")
print(module_level)
z = 7
print(eval("z * 6"))


def inner():
    a = 2
    b = [1, 2]

    def g():
        return a

    return eval("a + len(b)"), eval("g()"), g()


print(inner())


def exec_in_function():
    exec("q = 1")
    return "q" in locals()


print(exec_in_function())

# compile
c = compile("x * 2", "<string>", "eval")
print(type(c).__name__, c.co_filename, c.co_name)
print(eval(c, {"x": 21}))
c2 = compile("r = [i for i in range(n)]\nt = sum(r)", "prog.py", "exec")
ns = {"n": 5}
exec(c2, ns)
print(ns["r"], ns["t"])
print(eval(compile("40 + 2", "<x>", "eval")))
single = compile("1 + 1", "<string>", "single")
exec(single)
exec(compile("None", "<string>", "single"))
exec(compile("'text'", "<string>", "single"))
exec(compile("for i in range(2): i * 10\n", "<string>", "single"))
exec(compile("a1 = 1; a2 = 2", "<string>", "single"))
print(a1, a2)
c3 = compile(source="y = 3", filename="f.py", mode="exec")
d = {}
exec(c3, d)
print(d["y"])

# classes and functions made by exec
ns = {}
exec(
    """
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
def make(n):
    return [Point(i, i * i) for i in range(n)]
""",
    ns,
)
print(ns["make"](3))
print(ns["Point"].__module__ if "__name__" in ns else "no __name__")
ns2 = {"__name__": "mymod"}
exec("class K: pass", ns2)
print(ns2["K"].__module__, ns2["K"])

# exceptions raised inside exec propagate
try:
    exec("raise ValueError('inside')")
except ValueError as e:
    print("caught", e)
try:
    eval("undefined_name")
except NameError as e:
    print("NameError:", e)

# SyntaxError from compile / exec / eval
for src, mode in [
    ("1 +", "exec"),
    ("x = (1,", "exec"),
    ("def f(:\n    pass", "exec"),
    ("\n\nx = = 1\n", "exec"),
    ("x=1", "eval"),
    ("1\n2", "eval"),
    ("x = 1\ny = 2", "single"),
    ("  1", "exec"),
    ("def f():\n    pass\n  x = 1\n", "exec"),
    ("return 5", "exec"),
    ("a b", "exec"),
]:
    try:
        compile(src, "<string>", mode)
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
        print("  str:", e)
        print("  args:", e.args)
try:
    eval("1 + )")
except SyntaxError as e:
    print(e, repr(e.text), e.offset)
try:
    exec("for")
except SyntaxError as e:
    print(e, e.lineno, e.offset)

e = SyntaxError("message", ("file.py", 3, 4, "text line\n", 3, 6))
print(e, e.filename, e.lineno, e.offset, e.end_offset, repr(e.text))
print(SyntaxError("only msg"), SyntaxError("only msg").lineno, SyntaxError().msg)
print(SyntaxError("m", ("/a/b/c.py", 2, 1, None)))

# argument errors
for call in [
    lambda: eval(1),
    lambda: exec(1),
    lambda: compile(1, "f", "exec"),
    lambda: compile("1", "f", "nope"),
    lambda: eval("1", []),
    lambda: exec("1", []),
    lambda: exec("1", {}, 1),
    lambda: eval("1", {}, 1),
    lambda: compile("a\0", "f", "exec"),
]:
    try:
        call()
    except (TypeError, ValueError, SyntaxError) as e:
        print(type(e).__name__, e)


def closure():
    v = 1

    def uses():
        return v

    return uses


try:
    eval(closure().__code__)
except TypeError as e:
    print(e)

# the traceback module prints a SyntaxError's location block
import traceback

try:
    compile("a b", "x.py", "exec")
except SyntaxError:
    print(traceback.format_exc())
print(traceback.format_exception_only(SyntaxError("m", ("f.py", 1, 2, "ab\n", 1, 3))))
