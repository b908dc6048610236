# warnings: CPython 3.11's Lib/warnings.py and Python/_warnings.c behaviour. warn() finds the
# caller `stacklevel` frames up (native _dp_warnings.caller), matches the filters (first match
# wins; CPython's default list: DeprecationWarning shown once per line in __main__ only, ignored
# elsewhere with PendingDeprecationWarning, ImportWarning and ResourceWarning), and prints
# "FILE:LINE: Category: message\n  source line\n" to sys.stderr once per (text, category, line)
# under "default". filterwarnings / simplefilter / resetwarnings, the actions "error", "ignore",
# "always", "default", "module", "once", catch_warnings(record=True) with WarningMessage, and
# replaceable showwarning / formatwarning as CPython has them.
# Its frames stay out of tracebacks (__dp_hide_frames__), as CPython's warn is C.
# Differences: message / module patterns use the playground's `re` subset; the registry is per
# file, not each module's __warningregistry__. PyTorch's own C++ warnings (core/runtime) go
# through these filters once this module is imported (_dp_runtime_warn).
import sys
import _dp_warnings

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}
_filters_version = 1
_registries = {}  # filename -> registry dict (CPython: the module's __warningregistry__)
_g = globals()
__dp_hide_frames__ = True


def _filters_mutated():
    global _filters_version
    _filters_version += 1


class WarningMessage(object):
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}" %
                (self.message, self._category_name, self.filename, self.lineno, self.line))


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = f"{msg.filename}:{msg.lineno}: {category}: {msg.message}\n"
    if msg.line is None:
        line = _dp_warnings.getline(msg.filename, msg.lineno)
    else:
        line = msg.line
    if line:
        line = line.strip()
        s += "  %s\n" % line
    return s


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None, line))


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    file.write(text)


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _g["_showwarnmsg_impl"](msg)


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    fw = _g["formatwarning"]
    if fw is not _formatwarning_orig:
        return fw(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg(msg):
    sw = _g["showwarning"]
    if sw is not _showwarning_orig:
        if not callable(sw):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _g["_showwarnmsg_impl"](msg)


class _Literal:
    # A pattern without regular-expression syntax when `re` is not wanted: case-insensitive prefix.
    def __init__(self, pattern, flags):
        self.pattern = pattern
        self.flags = flags

    def match(self, text):
        if self.flags:
            return text.lower().startswith(self.pattern.lower())
        return text.startswith(self.pattern)


def _compile(pattern, ignorecase):
    for c in pattern:
        if c in ".^$*+?{}[]\\|()":
            import re
            return re.compile(pattern, re.I) if ignorecase else re.compile(pattern)
    return _Literal(pattern, ignorecase)


def _check_action(action):
    assert action in _ACTIONS, "invalid action: %r" % (action,)


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Insert an entry into the list of warnings filters (at the front)."""
    _check_action(action)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    msg = _compile(message, True) if message else None
    mod = _compile(module, False) if module else None
    _add_filter(action, msg, category, mod, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at the front)."""
    _check_action(action)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    flist = _g["filters"]
    if not append:
        if item in flist:
            flist.remove(item)
        flist.insert(0, item)
    elif item not in flist:
        flist.append(item)
    _filters_mutated()


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    _g["filters"][:] = []
    _filters_mutated()


def _matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return bool(pattern.match(text))


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'".format(type(category).__name__))
    caller = _dp_warnings.caller(stacklevel)
    if caller is None:
        filename, lineno, module = "sys", 1, "sys"
    else:
        filename, lineno, module = caller
    registry = _registries.get(filename)
    if registry is None:
        registry = _registries[filename] = {}
    warn_explicit(message, category, filename, lineno, module, registry, None, source)


def _dp_runtime_warn(message, filename, lineno, module):
    # PyTorch's C++ warnings (core/runtime): a UserWarning at the Python line that triggered it.
    registry = _registries.get(filename)
    if registry is None:
        registry = _registries[filename] = {}
    warn_explicit(message, UserWarning, filename, lineno, module, registry)


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None,
                  source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get("version", 0) != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in _g["filters"]:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat) and _matches(mod, module) and
                (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, None, source))


class catch_warnings(object):
    """A context manager that copies and restores the warnings filter upon exiting the context."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = _g["filters"]
        _g["filters"] = self._filters[:]
        _filters_mutated()
        self._showwarning = _g["showwarning"]
        self._showwarnmsg_impl = _g["_showwarnmsg_impl"]
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            _g["_showwarnmsg_impl"] = log.append
            _g["showwarning"] = _showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        _g["filters"] = self._filters
        _filters_mutated()
        _g["showwarning"] = self._showwarning
        _g["_showwarnmsg_impl"] = self._showwarnmsg_impl
