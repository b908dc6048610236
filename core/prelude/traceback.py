# traceback: CPython 3.11's Lib/traceback.py over the playground's recorded tracebacks. An
# exception keeps its traceback entries (file, line, function, columns) natively; __traceback__
# is a chain of `traceback` objects made here (_dp_tb: tb_frame with f_code.co_filename /
# co_name and f_lineno, tb_lineno, tb_next, tb_lasti), and sys.exc_info()[2] is the same object.
# The text of a whole exception with its chain is the one the VM prints for an uncaught exception
# (Interp::format_traceback, exception groups included); with `limit` or chain=False the chain is
# assembled here from the same entry formatter (_format_entries: source lines, carets, "[Previous
# line repeated N more times]"). extract_stack / format_stack / print_stack read the frames
# running now. FrameSummary, StackSummary, TracebackException as in CPython. Not provided:
# walk_stack / walk_tb over real frames, frame locals (capture_locals), clear_frames.
import sys
from _dp_warnings import getline as _getline

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb']


def _lines(text):
    return text.splitlines(True)


# ---- traceback objects ---------------------------------------------------------------------
class _Code:
    def __init__(self, filename, name):
        self.co_filename = filename
        self.co_name = name
        self.co_qualname = name

    def __repr__(self):
        return '<code object %s, file "%s">' % (self.co_name, self.co_filename)


_Code.__name__ = _Code.__qualname__ = "code"


class _Frame:
    def __init__(self, filename, lineno, name):
        self.f_code = _Code(filename, name)
        self.f_lineno = lineno
        self.f_back = None
        self.f_globals = {}
        self.f_locals = {}

    def __repr__(self):
        return "<frame, file '%s', line %d, code %s>" % (self.f_code.co_filename, self.f_lineno,
                                                        self.f_code.co_name)


_Frame.__name__ = _Frame.__qualname__ = "frame"


class _Traceback:
    def __init__(self, entry, nxt):
        self._entry = entry
        self.tb_frame = _Frame(entry[0], entry[1], entry[2])
        self.tb_lineno = entry[1]
        self.tb_lasti = -1
        self.tb_next = nxt


_Traceback.__name__ = _Traceback.__qualname__ = "traceback"
_tb_cache = {}


def _dp_tb(exc):
    # exc.__traceback__: one object per exception and traceback length (a re-raise adds entries)
    entries = _entries(exc)
    key = id(exc)
    hit = _tb_cache.get(key)
    if hit is not None and hit[0] is exc and hit[1] == len(entries):
        return hit[2]
    tb = None
    for entry in reversed(entries):
        tb = _Traceback(entry, tb)
    _tb_cache[key] = (exc, len(entries), tb)
    return tb


def _tb_entries(tb):
    out = []
    while tb is not None:
        out.append(tb._entry)
        tb = tb.tb_next
    return out


def _limited(entries, limit, stack=False):
    # CPython's limit: a traceback keeps its first `limit` entries (outermost), the last -limit
    # when negative; a stack keeps its `limit` innermost frames, the -limit outermost when negative.
    if limit is None:
        limit = getattr(sys, "tracebacklimit", None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return entries
    if not stack:
        return entries[:limit] if limit >= 0 else entries[limit:]
    if limit >= 0:
        return entries[max(0, len(entries) - limit):] if limit else []
    return entries[:-limit]


# ---- FrameSummary / StackSummary -------------------------------------------------------------
class FrameSummary:
    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _getline(self.filename, self.lineno)
        return self._line.strip()

    def _entry(self):
        return (self.filename, self.lineno, self.name, self.end_lineno, self.colno, self.end_colno)


def _summary_of(entry):
    return FrameSummary(entry[0], entry[1], entry[2], end_lineno=entry[3], colno=entry[4],
                        end_colno=entry[5])


class StackSummary(list):
    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        result = klass()
        for f, lineno in frame_gen:
            co = f.f_code
            result.append(FrameSummary(co.co_filename, lineno, co.co_name, lookup_line=lookup_lines))
        return result

    @classmethod
    def _from_entries(klass, entries):
        result = klass()
        for e in entries:
            result.append(_summary_of(e))
        return result

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        return _format_entries([_entry_of(frame_summary)])

    def format(self):
        text = _format_entries([_entry_of(fs) for fs in self])
        # one string per frame (a folded "[Previous line repeated ...]" line joins the one before)
        out = []
        for line in _lines(text):
            if line.startswith('  File ') or not out:
                out.append(line)
            elif line.startswith('  [Previous line repeated'):
                out.append(line)
            else:
                out[-1] += line
        return out


def _entry_of(fs):
    if isinstance(fs, FrameSummary):
        return fs._entry()
    filename, lineno, name, line = fs
    return (filename, lineno, name, None, None, None)


# ---- the module's functions -------------------------------------------------------------------
def extract_tb(tb, limit=None):
    return StackSummary._from_entries(_limited(_tb_entries(tb), limit))


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def _stack_entries(limit):
    # the frames running now, outermost first, without the traceback module's own; no columns
    # (StackSummary.extract of frames has none, so no carets)
    entries = [(e[0], e[1], e[2], None, None, None) for e in _stack(1)]
    while entries and entries[-1][0] == _srcfile:
        entries.pop()
    return _limited(entries, limit, stack=True)


_srcfile = __file__


def extract_stack(f=None, limit=None):
    return StackSummary._from_entries(_stack_entries(limit))


def format_stack(f=None, limit=None):
    return StackSummary._from_entries(_stack_entries(limit)).format()


def print_stack(f=None, limit=None, file=None):
    print_list(StackSummary._from_entries(_stack_entries(limit)), file=file)


def _value_of(exc, value):
    if value is not None or isinstance(exc, type):
        return value
    return exc


def _only_lines(exc):
    # TracebackException.format_exception_only: the "Type: message" line(s), then the notes (3.11
    # shows no "Did you mean" suggestion here; the VM's printer of uncaught exceptions does).
    out = _lines(_format_only(exc))
    notes = getattr(exc, "__notes__", None)
    if isinstance(notes, (list, tuple)):
        for note in notes:
            note = note if isinstance(note, str) else str(note)
            out.extend([l + "\n" for l in note.split("\n")])
    elif notes is not None:
        out.append(repr(notes))
    return out


def _chain_lines(exc, limit, chain, seen):
    seen.add(id(exc))
    out = []
    if chain:
        cause = exc.__cause__
        context = exc.__context__
        if cause is not None and id(cause) not in seen:
            out = _chain_lines(cause, limit, chain, seen)
            out.append("\nThe above exception was the direct cause of the following exception:\n\n")
        elif context is not None and id(context) not in seen and not exc.__suppress_context__:
            out = _chain_lines(context, limit, chain, seen)
            out.append("\nDuring handling of the above exception, another exception occurred:\n\n")
    if isinstance(exc, BaseExceptionGroup):
        # groups: the VM's text (nested tracebacks drawn with their frames, its own chain)
        return _lines(_format(exc))
    entries = _limited(_entries(exc), limit)
    if entries:
        out.append("Traceback (most recent call last):\n")
        out.extend(StackSummary._from_entries(entries).format())
    return out + _only_lines(exc)


def format_exception_only(exc, /, value=None):
    exc = _value_of(exc, value)
    if exc is None:
        return ["NoneType: None\n"]
    return _only_lines(exc)


def format_exception(exc, /, value=None, tb=None, limit=None, chain=True):
    exc = _value_of(exc, value)
    if exc is None:
        return ["NoneType: None\n"]
    return _chain_lines(exc, limit, chain, set())


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exception(exc, /, value=None, tb=None, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    raise NotImplementedError("not supported by the playground yet: traceback.walk_stack (frame objects)")


def clear_frames(tb):
    pass


class TracebackException:
    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.exc_type = exc_type
        self._exc = exc_value
        self._limit = limit
        self._str = str(exc_value) if exc_value is not None else None
        entries = _entries(exc_value) if exc_value is not None else []
        self.stack = StackSummary._from_entries(_limited(entries, limit))
        self.__notes__ = getattr(exc_value, "__notes__", None)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg
        cause = exc_value.__cause__ if exc_value is not None else None
        context = exc_value.__context__ if exc_value is not None else None
        self.__cause__ = TracebackException(type(cause), cause, None, limit=limit, _seen=_seen) \
            if cause is not None and id(cause) not in _seen else None
        self.__context__ = TracebackException(type(context), context, None, limit=limit, _seen=_seen) \
            if context is not None and id(context) not in _seen else None
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        self.exceptions = None

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        if self._exc is None:
            yield "NoneType: None\n"
            return
        yield from _only_lines(self._exc)

    def format(self, *, chain=True):
        if self._exc is None:
            yield "NoneType: None\n"
            return
        yield from format_exception(self._exc, limit=self._limit, chain=chain)

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
