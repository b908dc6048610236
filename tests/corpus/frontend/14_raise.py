# raise, raise from, re-raise and custom exceptions.
class AppError(Exception):
    pass


def fail(n):
    if n > 2:
        raise AppError("too big: " + str(n))
    return n


def wrap(n):
    try:
        return fail(n)
    except AppError as exc:
        raise ValueError("wrapped") from exc


try:
    wrap(5)
except ValueError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
try:
    try:
        fail(3)
    except AppError:
        raise
except AppError as e2:
    print("reraised", e2)
