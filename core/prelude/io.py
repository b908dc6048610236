# io, reduced to BytesIO (an in-memory binary stream, as CPython's Modules/_io/bytesio.c behaves
# for write/read/seek/tell/getvalue), enough for torch.save(obj, buffer) / torch.load(buffer).
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class BytesIO:
    def __init__(self, initial_bytes=b""):
        self._buf = bytes(initial_bytes)
        self._pos = 0
        self.closed = False

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def getvalue(self):
        self._check()
        return self._buf

    def write(self, b):
        self._check()
        b = bytes(b)
        if self._pos > len(self._buf):
            self._buf = self._buf + b"\x00" * (self._pos - len(self._buf))
        self._buf = self._buf[:self._pos] + b + self._buf[self._pos + len(b):]
        self._pos += len(b)
        return len(b)

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = min(len(self._buf), self._pos + size)
        out = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return out

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

    def tell(self):
        self._check()
        return self._pos

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def close(self):
        self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()
