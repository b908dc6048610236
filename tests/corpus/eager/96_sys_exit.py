# sys.exit and SystemExit as CPython 3.11: `code` is None, the argument or the args tuple; an
# uncaught SystemExit ends the program without a traceback (None: status 0, an int: that status,
# anything else printed to stderr with status 1). Also sys's platform answers and the recursion
# limit, which sys.setrecursionlimit changes for the run.
import sys

for args in [(), (5,), ("msg",)]:
    try:
        sys.exit(*args)
    except SystemExit as e:
        print(type(e).__name__, e.code, e.args)
print(SystemExit(1, 2).code)
print(len(sys.argv), sys.platform, hex(sys.hexversion), sys.byteorder, sys.maxunicode, sys.getdefaultencoding())
print(sys.getrecursionlimit())
sys.setrecursionlimit(60)
print(sys.getrecursionlimit())


def depth(n):
    return depth(n + 1)


try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
print(sys.intern("abc"))
sys.exit("done")
