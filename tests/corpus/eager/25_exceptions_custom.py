# Custom exception hierarchies, args, str/repr, re-raise.
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code


class NotFound(AppError):
    pass


def find(k):
    if k < 0:
        raise NotFound(404, "no such key")
    return k


try:
    find(-1)
except AppError as e:
    print(type(e).__name__, e.code, e.args, str(e), repr(e))
print(repr(ValueError()), str(ValueError()), repr(ValueError("x", 1)), str(KeyError("k")))
print(isinstance(NotFound(1, "a"), Exception), issubclass(NotFound, AppError))


def reraise():
    try:
        raise ValueError("inner")
    except ValueError:
        raise


try:
    reraise()
except ValueError as e:
    print("reraised", e)

try:
    try:
        raise TypeError("first")
    except TypeError as e:
        raise ValueError("second") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__))

try:
    try:
        raise TypeError("first")
    except TypeError:
        raise ValueError("second") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))

e = None
try:
    raise IndexError
except IndexError as exc:
    e = exc
print(type(e).__name__, e.args)
try:
    raise Exception("a", "b")
except Exception as exc:
    print(exc)
