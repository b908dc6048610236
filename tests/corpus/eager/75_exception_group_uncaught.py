# An exception group nobody catches: the boxed traceback CPython prints, with chained causes and
# contexts inside, notes, and what except* handlers raised and re-raised.
def f():
    raise ValueError("inner")


def g():
    try:
        f()
    except ValueError as e:
        raise KeyError("k") from e


excs = []
for fn in (f, g):
    try:
        fn()
    except Exception as e:
        excs.append(e)
e2 = ExceptionGroup("nested", [TypeError("t"), excs[0]])
e2.add_note("a note\nsecond line")
print(e2.__notes__)
try:
    try:
        raise ExceptionGroup("top", excs + [e2])
    except* TypeError:
        raise RuntimeError("in handler")
except* KeyError:
    raise
