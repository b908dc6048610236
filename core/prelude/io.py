# io, reduced to BytesIO and StringIO: in-memory binary and text streams, as CPython's
# Modules/_io/bytesio.c and stringio.c behave for write/read/readline/seek/tell/truncate/getvalue
# and iteration (StringIO does no newline translation). Enough for torch.save(obj, buffer) /
# torch.load(buffer) and for print(file=io.StringIO()); UnsupportedOperation for open()'s files
# (_dp_open.py).
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class UnsupportedOperation(OSError, ValueError):
    pass


class _MemoryStream:
    """What the two streams share (CPython's IOBase methods over one immutable buffer): the
    subclasses say what an element is (_empty, _newline, _filler) and how seek and write check."""

    def _check(self):
        if self.closed:
            raise ValueError(self._closed_message)

    def _check_iobase(self):
        # The methods both inherit from CPython's IOBase say it with a full stop.
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def getvalue(self):
        self._check()
        return self._buf

    def _write(self, data):
        if self._pos > len(self._buf):
            self._buf = self._buf + self._filler * (self._pos - len(self._buf))
        self._buf = self._buf[:self._pos] + data + self._buf[self._pos + len(data):]
        self._pos += len(data)
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        end = len(self._buf) if size is None or size < 0 else min(len(self._buf), self._pos + size)
        out = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return out

    def readline(self, size=-1):
        self._check()
        i = self._buf.find(self._newline, self._pos)
        end = len(self._buf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return out

    def readlines(self, hint=-1):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        size = self._pos if size is None else size
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        self._buf = self._buf[:size]
        return size

    def flush(self):
        self._check()

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check_iobase()
        return False

    def close(self):
        self.closed = True

    def __enter__(self):
        self._check_iobase()
        return self

    def __exit__(self, *args):
        self.close()


class BytesIO(_MemoryStream):
    _newline = b"\n"
    _filler = b"\x00"
    _closed_message = "I/O operation on closed file."

    def __init__(self, initial_bytes=b""):
        self._buf = bytes(initial_bytes)
        self._pos = 0
        self.closed = False

    def write(self, b):
        self._check()
        return self._write(bytes(b))

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value " + str(pos))
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (" + str(whence) + ", should be 0, 1 or 2)")
        return self._pos


class StringIO(_MemoryStream):
    """An in-memory text stream."""

    _newline = "\n"
    _filler = "\0"
    _closed_message = "I/O operation on closed file"

    def flush(self):
        pass  # StringIO keeps IOBase's flush, which does not check for a closed stream

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        self._buf = initial_value
        self._pos = 0
        self.closed = False

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        return self._write(s)

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence in (1, 2):
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            if whence == 2:
                self._pos = len(self._buf)
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos
