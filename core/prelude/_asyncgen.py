"""The awaitables of an async generator (mirrors the behaviour of CPython 3.11's
Objects/genobject.c async_gen_asend / async_gen_athrow, not its code). `agen.__anext__()` and
`agen.asend(v)` return an ASend; `agen.athrow(...)` and `agen.aclose()` an AThrow. Each resumes
the generator through `agen._step(value, exc)`, which tells a value the generator yielded
(finishing the awaitable with StopIteration(value)) from one an object it awaits yielded (passed
on to whoever drives the coroutine, e.g. asyncio's Task)."""


class ASend:
    def __init__(self, gen, value=None):
        self._gen = gen
        self._value = value
        self._state = 0  # 0 initial, 1 iterating, 2 closed

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def _finish(self, step):
        yielded, value = step
        if yielded:
            self._state = 2
            raise StopIteration(value)
        return value

    def send(self, value):
        if self._state == 2:
            raise RuntimeError("cannot reuse already awaited __anext__()/asend()")
        if self._state == 0:
            if value is None:
                value = self._value
            self._state = 1
        try:
            return self._finish(self._gen._step(value, None))
        except BaseException:
            self._state = 2
            raise

    def throw(self, typ, val=None, tb=None):
        if self._state == 2:
            raise RuntimeError("cannot reuse already awaited __anext__()/asend()")
        exc = typ if val is None else typ(val) if isinstance(typ, type) else typ
        if isinstance(exc, type):
            exc = exc()
        try:
            return self._finish(self._gen._step(None, exc))
        except BaseException:
            self._state = 2
            raise

    def close(self):
        self._state = 2


def anext(gen):
    return ASend(gen)


class AThrow:
    def __init__(self, gen, exc, closing):
        self._gen = gen
        self._exc = exc
        self._closing = closing
        self._state = 0

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def _finish(self, step):
        yielded, value = step
        if yielded:
            if self._closing:
                raise RuntimeError("async generator ignored GeneratorExit")
            self._state = 2
            raise StopIteration(value)
        return value

    def send(self, value):
        if self._state == 2:
            raise RuntimeError("cannot reuse already awaited aclose()/athrow()")
        try:
            if self._state == 0:
                self._state = 1
                return self._finish(self._gen._step(None, self._exc))
            return self._finish(self._gen._step(value, None))
        except (StopAsyncIteration, GeneratorExit):
            self._state = 2
            if self._closing:
                raise StopIteration(None)
            raise
        except BaseException:
            self._state = 2
            raise

    def throw(self, typ, val=None, tb=None):
        exc = typ if val is None else typ(val)
        if isinstance(exc, type):
            exc = exc()
        try:
            return self._finish(self._gen._step(None, exc))
        except (StopAsyncIteration, GeneratorExit):
            self._state = 2
            if self._closing:
                raise StopIteration(None)
            raise

    def close(self):
        self._state = 2


def athrow(gen, typ, val=None, tb=None):
    exc = typ if val is None else typ(val)
    if isinstance(exc, type):
        exc = exc()
    return AThrow(gen, exc, False)


def aclose(gen):
    return AThrow(gen, GeneratorExit(), True)
