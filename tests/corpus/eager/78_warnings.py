# warnings: CPython's "FILE:LINE: Category: message" lines with the source line (sys.stderr is
# sys.stdout here, so they are compared), once per location under the default filters,
# DeprecationWarning shown only for __main__, stacklevel, the filter actions, catch_warnings with
# record=True, the showwarning / formatwarning hooks, the error texts, and a warning turned into
# an uncaught error (its traceback has no frames of the warnings module, whose warn is C).
import random
import sys
import warnings

real_stderr = sys.stderr
sys.stderr = sys.stdout


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)


def helper():
    warnings.warn("helper says hi")


for i in range(3):
    helper()
    old_api()
warnings.warn("plain")
warnings.warn(RuntimeWarning("an instance"))
warnings.warn("future", FutureWarning)
print(warnings.filters)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    helper()
    helper()
    old_api()
    print(len(w), [str(x.message) for x in w], w[0].category.__name__, w[0].lineno, w[0].filename == __file__)
    print(str(w[2]).replace(__file__, "FILE"))
print(warnings.filters)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        helper()
    except UserWarning as e:
        print("raised", repr(e))
    warnings.simplefilter("ignore", UserWarning)
    helper()
    try:
        warnings.warn("a runtime one", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", repr(e))
with warnings.catch_warnings():
    warnings.filterwarnings("error", message="boom")
    warnings.warn("not matching")
    try:
        warnings.warn("BOOM goes the warning")
    except UserWarning as e:
        print("raised", e)
    warnings.filterwarnings("ignore", category=UserWarning)
    warnings.warn("boom")
with warnings.catch_warnings():
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once only")
    warnings.warn("once only")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("module")
    for i in range(3):
        warnings.warn("per module")
    warnings.warn("per module")
    print(len(w))
print(warnings.formatwarning("m", UserWarning, "f.py", 3), end="")
print(warnings.formatwarning("m", UserWarning, "f.py", 3, "  src line  "), end="")
def myshow(message, category, filename, lineno, file=None, line=None):
    print("custom:", message, category.__name__, lineno)
warnings.showwarning = myshow
warnings.warn("to the hook")
for bad in (lambda: warnings.warn("x", int), lambda: warnings.simplefilter("bogus"),
            lambda: warnings.filterwarnings("ignore", message=3), lambda: warnings.filterwarnings("ignore", category=int)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
try:
    cw.__exit__(None, None, None)
except RuntimeError as e:
    print(e)
print(issubclass(DeprecationWarning, Warning), UserWarning.__mro__)
warnings.showwarning = warnings._showwarning_orig
random.seed(1)
print(random.randrange(10.0))
print(random.randrange(10.0))
sys.stderr = real_stderr
with warnings.catch_warnings():
    warnings.simplefilter("error")
    warnings.warn("uncaught now", RuntimeWarning)
