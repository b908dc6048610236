# traceback, reduced: print_exc, format_exc, print_exception, format_exception,
# format_exception_only. Mirrors CPython 3.11's Lib/traceback.py; the text is the one the VM
# prints for an uncaught exception (runtime/sysmodule.cpp, Interp::format_traceback). docs/stdlib.md.
import sys


def _lines(text):
    return text.splitlines(True)


def format_exception_only(exc, /, value=None):
    if value is not None or isinstance(exc, type):
        exc = value
    if exc is None:
        return ["NoneType: None\n"]
    return _lines(_format_only(exc))


def format_exception(exc, /, value=None, tb=None, limit=None, chain=True):
    if value is not None or isinstance(exc, type):
        exc = value
    if exc is None:
        return ["NoneType: None\n"]
    return _lines(_format(exc))


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exc_info()[1]))


def print_exception(exc, /, value=None, tb=None, limit=None, file=None, chain=True):
    print("".join(format_exception(exc, value)), end="", file=sys.stderr if file is None else file)


def print_exc(limit=None, file=None, chain=True):
    print(format_exc(), end="", file=sys.stderr if file is None else file)
