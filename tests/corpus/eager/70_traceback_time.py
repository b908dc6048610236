# traceback.format_exc / print_exc / format_exception inside except blocks, and the time module's
# clocks (monotonic, sleep adds to them).
import sys
import time
import traceback


def inner(n):
    return 10 // n


def outer(n):
    return inner(n) + 1


try:
    outer(0)
except ZeroDivisionError:
    text = traceback.format_exc()
    print(text.replace("\n", "|")[:60])
    print(text.splitlines()[0], text.splitlines()[-1], len(text.splitlines()))
    print(sys.exc_info()[0].__name__, sys.exc_info()[1])
    traceback.print_exc(file=sys.stdout)

try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("bad key") from e
except ValueError as e:
    lines = traceback.format_exception(e)
    print("".join(lines).count("Traceback"), lines[-1], end="")
    print(traceback.format_exception_only(type(e), e))

print(traceback.format_exc(), end="")
print(sys.exc_info())

t0 = time.perf_counter()
w0 = time.time()
time.sleep(0.25)
t1 = time.perf_counter()
print(t1 - t0 >= 0.25, time.time() - w0 >= 0.25, w0 > 1.6e9, time.monotonic() <= time.monotonic())
print(type(time.time_ns()).__name__, time.perf_counter_ns() > 0)
for bad in [-1, "x"]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
