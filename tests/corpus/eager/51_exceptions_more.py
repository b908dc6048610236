# Exceptions a learner meets: messages of built-in errors, `raise ... from`, custom classes with
# extra state, finally ordering, re-raise, exception groups of handlers and str/repr of exceptions.
def attempt(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", e, "|", repr(e))

attempt(lambda: [1, 2][5])
attempt(lambda: {"a": 1}["b"])
attempt(lambda: int("12x"))
attempt(lambda: 1 / 0)
attempt(lambda: 1 % 0)
attempt(lambda: None.foo)
attempt(lambda: "a" + 1)
attempt(lambda: 1 + "a")
attempt(lambda: len(5))
attempt(lambda: [].pop())
attempt(lambda: float("abc"))
attempt(lambda: (1, 2).index(3))
attempt(lambda: "abc".index("z"))
attempt(lambda: undefined_name)
attempt(lambda: int.nope)
attempt(lambda: next(iter([])))
attempt(lambda: [1, 2, 3].remove(9))
attempt(lambda: {}.popitem())
attempt(lambda: max([]))


class ShapeError(ValueError):
    def __init__(self, expected, got):
        super().__init__(f"expected {expected}, got {got}")
        self.expected = expected
        self.got = got


try:
    raise ShapeError((2, 3), (3, 2))
except ValueError as e:
    print(e, e.expected, e.got, isinstance(e, ShapeError), e.args)


def order():
    try:
        print("try")
        return "returned"
    finally:
        print("finally")


print(order())
try:
    try:
        raise KeyError("inner")
    except KeyError as e:
        raise RuntimeError("outer") from e
except RuntimeError as e:
    print(e, "caused by", repr(e.__cause__), e.__suppress_context__)
try:
    try:
        raise TypeError("first")
    except TypeError:
        raise
except (ValueError, TypeError) as e:
    print("re-raised", e)
print(repr(Exception()), str(Exception("a", 1)), repr(KeyError("k")), str(KeyError("k")))
