# traceback (CPython 3.11): format_exc / print_exc with limit and chain, format_exception and
# format_exception_only (notes; no suggestions in 3.11's module), __traceback__ objects (tb_lineno,
# tb_next, tb_frame.f_code), sys.exc_info()[2], extract_tb / format_tb / format_list / walk_tb,
# FrameSummary / StackSummary, extract_stack / format_stack / print_stack, TracebackException.
import traceback, sys
def inner():
    raise ValueError("bad")
def outer():
    inner()
try:
    outer()
except ValueError as e:
    print(traceback.format_exc())
    print(traceback.format_exc(limit=1))
    print(traceback.format_exception_only(e))
    print("".join(traceback.format_exception(e)))
    print("".join(traceback.format_exception(type(e), e, e.__traceback__)))
    tb = e.__traceback__
    print(tb is not None)
    print([f.name for f in traceback.extract_tb(tb)])
    print("".join(traceback.format_tb(tb)))
    te = traceback.TracebackException.from_exception(e)
    print("".join(te.format()))
    print(list(te.format_exception_only()))
    traceback.print_exc(file=sys.stdout)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise KeyError("k") from z
except KeyError:
    print(traceback.format_exc())
print(traceback.format_exception_only(ValueError, ValueError("x")))
def f():
    g()
def g():
    traceback.print_stack(file=sys.stdout)
    print(traceback.format_stack(limit=2))
    s = traceback.extract_stack()
    print(type(s).__name__, [(fs.name, fs.lineno, fs.line) for fs in s])
f()
def h():
    raise ValueError("v")
try:
    h()
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_next.tb_lineno, tb.tb_next.tb_next, tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name)
    print(sys.exc_info()[2] is tb)
    print(traceback.format_tb(tb))
    for fs in traceback.extract_tb(tb):
        print(fs.filename.split("/")[-1], fs.lineno, fs.name, fs.line, repr(fs), fs.colno, fs.end_colno)
    print(traceback.format_exc(limit=1))
    print(traceback.format_exc(limit=-1))
    print(traceback.format_list(traceback.extract_tb(tb)))
    print("".join(traceback.TracebackException.from_exception(e).format()))
    print(traceback.format_exception(e, limit=1, chain=False))
print(traceback.format_tb(None), traceback.extract_tb(None))
abcdef = 1
try:
    abcdeg
except NameError:
    print(traceback.format_exc())
try:
    e = ValueError("x"); e.add_note("note1"); raise e
except ValueError:
    print(traceback.format_exc())
    print(traceback.format_exception_only(e))
def rec(n):
    if n == 0:
        raise RuntimeError("deep")
    rec(n - 1)
try:
    rec(6)
except RuntimeError:
    print(traceback.format_exc())
    print(traceback.format_exc(limit=-2))
try:
    try:
        {}["k"]
    except KeyError:
        raise TypeError("during")
except TypeError as exc:
    print("".join(traceback.format_exception(exc, chain=False)))
    print("".join(traceback.format_exception(exc)))
    te = traceback.TracebackException.from_exception(exc)
    print(te.exc_type.__name__, len(te.stack), te.__context__.exc_type.__name__, te.__cause__, str(te))
    print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(exc.__traceback__)])
    traceback.print_tb(exc.__traceback__, file=sys.stdout)
    traceback.print_exception(exc, limit=0, file=sys.stdout)
print(traceback.format_exception(None), traceback.format_exception_only(None))
try:
    raise ExceptionGroup("grp", [ValueError(1), TypeError(2)])
except ExceptionGroup as g:
    print("".join(traceback.format_exception(g)))
