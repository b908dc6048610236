# open() over the run's in-memory file system (_dp_files: path -> bytes; torch.save keeps its own
# objects there). The playground reaches no disk: a file written in a run can be read back in the
# same run, as CPython's open() (Modules/_io) would on disk: modes r/w/a/x with b/t/+, UTF-8 text,
# read/readline/readlines/iteration, write/writelines, seek/tell, flush/close, `with`. Not here:
# file descriptors, other encodings, newline translation other than reading "\r\n" as written.
import _dp_files
import io


def _not_supported(what):
    return NotImplementedError("not supported by the playground yet: open() " + what)


class _File:
    def __init__(self, path, mode, binary, buf, readable, writable, append):
        self.name = path
        self.mode = mode
        self._binary = binary
        self._buf = buf
        self._readable = readable
        self._writable = writable
        self._append = append
        self.closed = False

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def _store(self):
        data = self._buf.getvalue()
        _dp_files.files[self.name] = data if self._binary else data.encode("utf-8")

    def readable(self):
        self._check()
        return self._readable

    def writable(self):
        self._check()
        return self._writable

    def seekable(self):
        self._check()
        return True

    def read(self, size=-1):
        self._check()
        if not self._readable:
            raise io.UnsupportedOperation("not readable")
        return self._buf.read(size)

    def readline(self, size=-1):
        self._check()
        if not self._readable:
            raise io.UnsupportedOperation("not readable")
        if self._binary:
            data = self._buf.getvalue()
            pos = self._buf.tell()
            i = data.find(b"\n", pos)
            end = len(data) if i < 0 else i + 1
            if size is not None and size >= 0:
                end = min(end, pos + size)
            self._buf.seek(end)
            return data[pos:end]
        return self._buf.readline(size)

    def readlines(self, hint=-1):
        return list(self)

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, s):
        self._check()
        if not self._writable:
            raise io.UnsupportedOperation("not writable")
        if self._binary:
            if isinstance(s, str):
                raise TypeError("a bytes-like object is required, not 'str'")
        elif not isinstance(s, str):
            raise TypeError("write() argument must be str, not " + type(s).__name__)
        if self._append:
            self._buf.seek(0, 2)
        n = self._buf.write(s)
        self._store()
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def seek(self, pos, whence=0):
        self._check()
        return self._buf.seek(pos, whence)

    def tell(self):
        self._check()
        return self._buf.tell()

    def flush(self):
        self._check()

    def close(self):
        if not self.closed and self._writable:
            self._store()
        self.closed = True

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()

    def __repr__(self):
        if self._binary:
            kind = "BufferedRandom" if self._readable and self._writable else (
                "BufferedReader" if self._readable else "BufferedWriter")
            return "<_io." + kind + " name=" + repr(self.name) + ">"
        return "<_io.TextIOWrapper name=" + repr(self.name) + " mode=" + repr(self.mode) + " encoding='UTF-8'>"


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    if isinstance(file, int):
        raise _not_supported("of a file descriptor")
    if not isinstance(file, str):
        fspath = getattr(type(file), "__fspath__", None)
        if fspath is None:
            raise TypeError("expected str, bytes or os.PathLike object, not " + type(file).__name__)
        file = fspath(file)
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not " + type(mode).__name__)
    if any(c not in "rwaxbt+" for c in mode) or len(set(mode)) != len(mode):
        raise ValueError("invalid mode: '" + mode + "'")
    kinds = [c for c in mode if c in "rwax"]
    if len(kinds) != 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    binary = "b" in mode
    if binary and "t" in mode:
        raise ValueError("can't have text and binary mode at once")
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if encoding is not None and encoding.lower().replace("-", "").replace("_", "") not in ("utf8", "ascii"):
        raise _not_supported("with encoding " + repr(encoding) + " (files are UTF-8)")
    kind = kinds[0]
    plus = "+" in mode
    exists = file in _dp_files.files
    if kind == "r" and not exists:
        raise FileNotFoundError("[Errno 2] No such file or directory: '" + file + "'")
    if kind == "x" and exists:
        raise FileExistsError("[Errno 17] File exists: '" + file + "'")
    data = b""
    if exists and kind in "ra":
        data = _dp_files.files[file]
        if not isinstance(data, bytes):
            raise _not_supported("of a file written by torch.save (it holds the saved objects, not bytes)")
    if binary:
        buf = io.BytesIO(data)
    else:
        text = data.decode("utf-8")
        if newline is None:
            text = text.replace("\r\n", "\n")
        buf = io.StringIO(text)
    f = _File(file, mode, binary, buf, kind == "r" or plus, kind != "r" or plus, kind == "a")
    if kind in "wx" or (kind == "a" and not exists):
        f._store()
    if kind == "a":
        buf.seek(0, 2)
    return f
