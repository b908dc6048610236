"""memoryview, as CPython 3.11's Objects/memoryobject.c behaves for one-dimensional views of bytes
and bytearray (format 'B', itemsize 1): indexing, slicing (a view of the same memory, any step),
item and slice assignment through a writable (bytearray) view, tobytes, tolist, hex, nbytes,
readonly, obj, shape / strides / ndim, release and the context manager, comparisons and hashing,
with CPython's error texts. Installed as the builtin `memoryview` at startup (bltin_exec.cpp's
neighbour, builtins.cpp). Not provided: cast, other formats, views of other buffer objects; a
bytearray may still be resized while viewed (CPython raises BufferError)."""
import _dp_iters


class memoryview:
    __module__ = "builtins"

    def __init__(self, object):
        if isinstance(object, memoryview):
            object._check()
            self._obj = object._obj
            self._idx = object._idx
        elif isinstance(object, (bytes, bytearray)):
            self._obj = object
            self._idx = range(len(object))
        else:
            raise TypeError(f"memoryview: a bytes-like object is required, not '{type(object).__name__}'")
        self._released = False

    def _check(self):
        if self._released:
            raise ValueError("operation forbidden on released memoryview object")

    @property
    def obj(self):
        self._check()
        return self._obj

    @property
    def nbytes(self):
        self._check()
        return len(self._idx)

    @property
    def readonly(self):
        self._check()
        return not isinstance(self._obj, bytearray)

    @property
    def format(self):
        self._check()
        return "B"

    @property
    def itemsize(self):
        self._check()
        return 1

    @property
    def ndim(self):
        self._check()
        return 1

    @property
    def shape(self):
        self._check()
        return (len(self._idx),)

    @property
    def strides(self):
        self._check()
        return (self._idx.step,)

    @property
    def c_contiguous(self):
        self._check()
        return self._idx.step == 1 or len(self._idx) <= 1

    contiguous = c_contiguous
    f_contiguous = c_contiguous

    def release(self):
        self._released = True

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.release()

    def __len__(self):
        self._check()
        return len(self._idx)

    def tobytes(self, order=None):
        self._check()
        obj = self._obj
        return bytes([obj[i] for i in self._idx])

    def tolist(self):
        self._check()
        obj = self._obj
        return [obj[i] for i in self._idx]

    def hex(self, *args):
        return self.tobytes().hex(*args)

    def __iter__(self):
        self._check()
        return _dp_iters.memory_iter(self, self._obj, self._idx)

    def __getitem__(self, key):
        self._check()
        if isinstance(key, slice):
            view = memoryview(self)
            view._idx = self._idx[key]
            return view
        if isinstance(key, tuple):
            raise TypeError("memoryview: invalid slice key")
        try:
            i = self._idx[key]
        except IndexError:
            raise IndexError("index out of bounds on dimension 1") from None
        except TypeError:
            raise TypeError("memoryview: invalid slice key") from None
        return self._obj[i]

    def __setitem__(self, key, value):
        self._check()
        if self.readonly:
            raise TypeError("cannot modify read-only memory")
        if isinstance(key, slice):
            idx = self._idx[key]
            data = bytes(value) if isinstance(value, (bytes, bytearray, memoryview)) else None
            if data is None:
                raise TypeError(f"a bytes-like object is required, not '{type(value).__name__}'")
            if len(data) != len(idx):
                raise ValueError("memoryview assignment: lvalue and rvalue have different structures")
            for i, b in zip(idx, data):
                self._obj[i] = b
            return
        try:
            i = self._idx[key]
        except IndexError:
            raise IndexError("index out of bounds on dimension 1") from None
        if not isinstance(value, int):
            raise TypeError("memoryview: invalid type for format 'B'")
        if not 0 <= value < 256:
            raise ValueError("memoryview: invalid value for format 'B'")
        self._obj[i] = value

    def __eq__(self, other):
        if self._released or (isinstance(other, memoryview) and other._released):
            return self is other
        if isinstance(other, (memoryview, bytes, bytearray)):
            return self.tolist() == list(other)
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        self._check()
        if not self.readonly:
            raise ValueError("cannot hash writable memoryview object")
        return hash(self.tobytes())

    def __bytes__(self):
        return self.tobytes()

    def __repr__(self):
        addr = object.__repr__(self).rsplit(" at ", 1)[1][:-1]
        return f"<released memory at {addr}>" if self._released else f"<memory at {addr}>"
