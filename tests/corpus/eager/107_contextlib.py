# contextlib (CPython 3.11): contextmanager (values, exceptions into the generator, suppression,
# reuse as a decorator, its RuntimeError texts), suppress, closing, nullcontext, ExitStack
# (callback, enter_context, push, pop_all, close, LIFO order, exception replacement),
# redirect_stdout / redirect_stderr, ContextDecorator, AbstractContextManager, chdir-free parts.
import contextlib
import io
import sys
from contextlib import (AbstractContextManager, ContextDecorator, ExitStack, closing,
                        contextmanager, nullcontext, redirect_stderr, redirect_stdout, suppress)

@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)

with tag("a") as t:
    print("inside", t)

@contextmanager
def catching():
    try:
        yield
    except ValueError as e:
        print("caught", e)

with catching():
    raise ValueError("boom")
print("after catching")
try:
    with catching():
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))

@tag("deco")
def decorated(x):
    print("decorated body", x)
    return x * 2
print(decorated(2), decorated(3))

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def twice():
    yield
    yield
try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def ignores():
    try:
        yield
    except Exception:
        pass
    yield
try:
    with ignores():
        raise ValueError
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def reraise_other():
    try:
        yield
    except ValueError as e:
        raise TypeError("converted") from e
try:
    with reraise_other():
        raise ValueError("orig")
except TypeError as e:
    print("TypeError:", e, "cause:", repr(e.__cause__))

@contextmanager
def stop_iter():
    yield
try:
    with stop_iter():
        raise StopIteration("inner")
except StopIteration as e:
    print("StopIteration passes through:", e)

cm = tag("once")
with cm:
    pass
try:
    with cm:
        pass
except (RuntimeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)

with suppress(KeyError, IndexError):
    {}["missing"]
print("suppressed")
with suppress():
    pass
try:
    with suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("ValueError:", e)
with suppress(Exception):
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
print("group suppressed")
try:
    with suppress(ValueError):
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except ExceptionGroup as e:
    print("rest:", repr(e))

class Resource:
    def __init__(self, name):
        self.name = name
    def close(self):
        print("closing", self.name)

with closing(Resource("r1")) as r:
    print("using", r.name)

with nullcontext() as x:
    print("null", x)
with nullcontext(42) as x:
    print("null", x)
print(type(nullcontext()).__name__, isinstance(nullcontext(), AbstractContextManager))

with ExitStack() as stack:
    stack.callback(print, "callback 1")
    stack.callback(print, "callback", 2, sep="-")
    names = [stack.enter_context(tag(n)) for n in ("x", "y")]
    print("names", names)
    def exit_fn(exc_type, exc, tb):
        print("exit_fn", exc_type)
        return False
    stack.push(exit_fn)
    stack.push(closing(Resource("pushed")))
print("after stack")

with ExitStack() as stack:
    stack.callback(print, "never")
    moved = stack.pop_all()
print("popped")
moved.close()
moved.close()

def suppressor(*exc):
    print("suppressor sees", exc[0].__name__)
    return True
with ExitStack() as stack:
    stack.push(suppressor)
    stack.callback(print, "cb before suppress")
    raise ValueError("swallowed")
print("stack suppressed")

def raiser():
    raise KeyError("from callback")
try:
    with ExitStack() as stack:
        stack.callback(raiser)
        raise ValueError("original")
except KeyError as e:
    print("replaced:", repr(e), "context:", repr(e.__context__))

stack = ExitStack()
r = stack.enter_context(nullcontext("v"))
stack.callback(lambda: print("closed via close()"))
print(r)
stack.close()

class CM(AbstractContextManager):
    def __exit__(self, *exc):
        print("CM exit", exc[0])
with CM() as cm:
    print("CM enter returns self:", type(cm).__name__)
class Duck:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass
print(issubclass(Duck, AbstractContextManager), issubclass(int, AbstractContextManager))

class mycontext(ContextDecorator):
    def __enter__(self):
        print("Starting")
        return self
    def __exit__(self, *exc):
        print("Finishing", exc[0])
        return False

@mycontext()
def function():
    print("The bit in the middle")
    return 5
print(function())
with mycontext():
    print("as with")

buf = io.StringIO()
with redirect_stdout(buf):
    print("to the buffer")
    print("again", end="!")
print(repr(buf.getvalue()))
ebuf = io.StringIO()
with redirect_stderr(ebuf) as target:
    print("err text", file=sys.stderr)
print(repr(ebuf.getvalue()), target is ebuf)
with redirect_stdout(None):
    pass
print(sys.stdout is sys.__stdout__)

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

def enter_bad():
    with ExitStack() as s:
        s.enter_context(5)
err(enter_bad)
def push_bad():
    ExitStack().push(5)
err(push_bad)
err(lambda: contextmanager(lambda: 1)().__enter__())
