# except* (PEP 654): the handler layout (CHECK_EG_MATCH, PREP_RERAISE_STAR), matching, splitting,
# re-raising, naked exceptions, generators, classes, finally/else, and what escapes.
import sys


def show(label, e):
    print(label, type(e).__name__, repr(e))


def raiser(exc):
    raise exc


def basic():
    try:
        raiser(ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)]))
    except* ValueError as e:
        show("V", e)
    except* (TypeError, KeyError):
        print("T or K")
    else:
        print("no else")
    print("after")


def naked():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        show("naked", e)
        print(repr(e.exceptions[0]), sys.exc_info()[1] is e)


def partial():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
        except* ValueError:
            print("handled V")
    except* KeyError as e:
        show("outer K", e)


def reraise():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
        except* ValueError:
            raise
    except ExceptionGroup as e:
        show("reraise", e)


def raise_new():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
        except* ValueError:
            raise RuntimeError("new")
    except ExceptionGroup as e:
        show("raised", e)
        print(repr(e.exceptions[0].__context__))


def unmatched():
    try:
        try:
            raise TypeError("t")
        except* ValueError:
            print("not here")
    except TypeError as e:
        show("unmatched naked", e)
    try:
        try:
            raise TypeError("t")
        except* TypeError:
            raise
    except ExceptionGroup as e:
        show("naked reraise", e)


def bad_types():
    for t in (ExceptionGroup, int, (ValueError, BaseExceptionGroup)):
        try:
            try:
                raise ExceptionGroup("eg", [ValueError(1)])
            except* t:
                pass
        except TypeError as e:
            show("bad type", e)


def gen():
    done = False
    while not done:
        try:
            yield 1
            raise ExceptionGroup("g", [OSError("o"), ValueError("v")])
        except* OSError as e:
            yield repr(e)
            for i in e.exceptions:
                if i:
                    continue
        except* ValueError as e:
            yield repr(e)
            done = True


class MyEG(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj

    def derive(self, excs):
        return MyEG(self.message, excs, self.code)


class Scope:
    try:
        raise MyEG("mine", [ValueError(1), TypeError(2)], 42)
    except* ValueError as e:
        show("my", e)
        print(e.code, e.args)
    except* TypeError as e:
        show("my2", e)
    print("e" in dir())


def with_finally():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        pass
    else:
        print("no else")
    finally:
        print("finally")
    try:
        pass
    except* ValueError:
        pass
    else:
        print("else ran")


def nested():
    try:
        try:
            raise ExceptionGroup("eg", [TypeError("t")])
        except ValueError:
            pass
    except* TypeError as t:
        try:
            raise KeyError("k")
        except Exception as ex:
            print(repr(ex), repr(ex.__context__))
    else:
        return 5
    finally:
        print("nested finally")
    return 6


basic()
naked()
partial()
reraise()
raise_new()
unmatched()
bad_types()
print(list(gen()))
with_finally()
print(nested())
