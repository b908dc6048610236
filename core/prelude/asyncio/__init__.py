"""asyncio for the playground: what running simple coroutines needs (mirrors the behaviour of
CPython 3.11's asyncio/events.py, base_events.py, futures.py, tasks.py and runners.py, not their
code). One event loop with a virtual clock: `sleep(d)` schedules a wake-up at loop.time() + d, and
when nothing is ready the clock jumps to the next timer, so programs run instantly and in the
order real asyncio would run them. There is no I/O; a loop left with nothing scheduled while a
coroutine still waits says so instead of hanging.

Provided: run, sleep, gather, create_task, ensure_future, wait_for (timeouts on the virtual
clock), Future, Task, CancelledError, InvalidStateError, TimeoutError, get_event_loop,
get_running_loop, new_event_loop, set_event_loop, current_task, all_tasks, iscoroutine,
iscoroutinefunction, Event, Lock, Queue (unbounded and bounded).
"""

__all__ = ["run", "sleep", "gather", "create_task", "ensure_future", "wait_for", "Future", "Task",
           "CancelledError", "InvalidStateError", "TimeoutError", "get_event_loop",
           "get_running_loop", "new_event_loop", "set_event_loop", "current_task", "all_tasks",
           "iscoroutine", "iscoroutinefunction", "Event", "Lock", "Queue", "QueueEmpty",
           "QueueFull"]


class CancelledError(BaseException):
    pass


class InvalidStateError(Exception):
    pass


class TimeoutError(Exception):
    pass


class QueueEmpty(Exception):
    pass


class QueueFull(Exception):
    pass


async def _probe():
    pass


_p = _probe()
_coroutine_type = type(_p)
_p.close()
del _p


def iscoroutine(obj):
    return type(obj) is _coroutine_type


def iscoroutinefunction(func):
    code = getattr(func, "__code__", None)
    return code is not None and bool(code.co_flags & 0x80)


_running_loop = None
_event_loop = None
_current_task = None


class _Handle:
    def __init__(self, callback, args, when=None, seq=0):
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._when = when
        self._seq = seq

    def cancel(self):
        self._cancelled = True

    def cancelled(self):
        return self._cancelled

    def when(self):
        return self._when

    def _run(self):
        self._callback(*self._args)


class AbstractEventLoop:
    pass


class BaseEventLoop(AbstractEventLoop):
    def __init__(self):
        self._ready = []
        self._scheduled = []
        self._time = 0.0
        self._seq = 0
        self._stopping = False
        self._closed = False
        self._running = False
        self._tasks = []
        self._task_count = 0

    def time(self):
        return self._time

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def call_soon(self, callback, *args, context=None):
        h = _Handle(callback, args)
        self._ready.append(h)
        return h

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self._time + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        self._seq += 1
        h = _Handle(callback, args, when, self._seq)
        i = len(self._scheduled)
        while i > 0 and (self._scheduled[i - 1]._when, self._scheduled[i - 1]._seq) > (when, h._seq):
            i -= 1
        self._scheduled.insert(i, h)
        return h

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        return Task(coro, loop=self, name=name)

    def _run_once(self):
        self._scheduled = [h for h in self._scheduled if not h._cancelled]
        if not self._ready and self._scheduled:
            self._time = max(self._time, self._scheduled[0]._when)
        while self._scheduled and self._scheduled[0]._when <= self._time:
            self._ready.append(self._scheduled.pop(0))
        todo = self._ready
        self._ready = []
        for i, h in enumerate(todo):
            if not h._cancelled:
                try:
                    h._run()
                except BaseException:
                    self._ready = todo[i + 1:] + self._ready
                    raise

    def run_forever(self):
        global _running_loop
        if self._running:
            raise RuntimeError("This event loop is already running")
        if _running_loop is not None:
            raise RuntimeError("Cannot run the event loop while another loop is running")
        self._running = True
        self._stopping = False
        _running_loop = self
        try:
            while True:
                if not self._ready and not any(not h._cancelled for h in self._scheduled):
                    if self._stopping:
                        break
                    raise RuntimeError("not supported by the playground yet: waiting for something outside "
                                       "the program (the event loop has nothing ready or scheduled, so real "
                                       "asyncio would wait forever here)")
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._running = False
            self._stopping = False
            _running_loop = None

    def run_until_complete(self, future):
        if self._closed:
            raise RuntimeError("Event loop is closed")
        fut = ensure_future(future, loop=self)
        fut.add_done_callback(lambda f: self.stop())
        self.run_forever()
        if not fut.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        return fut.result()

    def stop(self):
        self._stopping = True

    def close(self):
        if self._running:
            raise RuntimeError("Cannot close a running event loop")
        self._closed = True
        self._ready = []
        self._scheduled = []


def new_event_loop():
    return BaseEventLoop()


def set_event_loop(loop):
    global _event_loop
    _event_loop = loop


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError("no running event loop")
    return _running_loop


def get_event_loop():
    global _event_loop
    if _running_loop is not None:
        return _running_loop
    if _event_loop is None:
        _event_loop = new_event_loop()
    return _event_loop


class Future:
    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else get_event_loop()
        self._state = "PENDING"
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None

    def get_loop(self):
        return self._loop

    def done(self):
        return self._state != "PENDING"

    def cancelled(self):
        return self._state == "CANCELLED"

    def result(self):
        if self._state == "CANCELLED":
            raise CancelledError() if self._cancel_message is None else CancelledError(self._cancel_message)
        if self._state != "FINISHED":
            raise InvalidStateError("Result is not ready.")
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == "CANCELLED":
            raise CancelledError()
        if self._state != "FINISHED":
            raise InvalidStateError("Exception is not set.")
        return self._exception

    def set_result(self, result):
        if self._state != "PENDING":
            raise InvalidStateError(f"{self._state}: {self!r}")
        self._result = result
        self._state = "FINISHED"
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != "PENDING":
            raise InvalidStateError(f"{self._state}: {self!r}")
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators and cannot be raised into a Future")
        self._exception = exception
        self._state = "FINISHED"
        self._schedule_callbacks()

    def cancel(self, msg=None):
        if self._state != "PENDING":
            return False
        self._state = "CANCELLED"
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def add_done_callback(self, fn, *, context=None):
        if self._state != "PENDING":
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        n = len(self._callbacks)
        self._callbacks = [f for f in self._callbacks if f != fn]
        return n - len(self._callbacks)

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        self._callbacks = []
        for fn in callbacks:
            self._loop.call_soon(fn, self)

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__

    def __repr__(self):
        state = self._state.lower()
        if self._state == "FINISHED":
            if self._exception is not None:
                state += f" exception={self._exception!r}"
            else:
                state += f" result={self._result!r}"
        return f"<{type(self).__name__} {state}>"


class Task(Future):
    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        self._coro = coro
        self._must_cancel = False
        self._fut_waiter = None
        self._loop._task_count += 1
        self._name = str(name) if name is not None else f"Task-{self._loop._task_count}"
        self._loop._tasks.append(self)
        self._loop.call_soon(self.__step)

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_coro(self):
        return self._coro

    def cancel(self, msg=None):
        if self.done():
            return False
        if self._fut_waiter is not None and self._fut_waiter.cancel(msg=msg):
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def __step(self, exc=None):
        global _current_task
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = CancelledError() if self._cancel_message is None else CancelledError(self._cancel_message)
            self._must_cancel = False
        self._fut_waiter = None
        _current_task = self
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as e:
            if self._must_cancel:
                self._must_cancel = False
                super().cancel()
            else:
                super().set_result(e.value)
        except CancelledError as e:
            super().cancel(msg=e.args[0] if e.args else None)
        except (KeyboardInterrupt, SystemExit) as e:
            super().set_exception(e)
            raise
        except BaseException as e:
            super().set_exception(e)
        else:
            if getattr(result, "_asyncio_future_blocking", False):
                if result is self:
                    self._loop.call_soon(self.__step, RuntimeError(f"Task cannot await on itself: {self!r}"))
                else:
                    result._asyncio_future_blocking = False
                    result.add_done_callback(self.__wakeup)
                    self._fut_waiter = result
                    if self._must_cancel and self._fut_waiter.cancel(msg=self._cancel_message):
                        self._must_cancel = False
            elif result is None:
                self._loop.call_soon(self.__step)
            else:
                self._loop.call_soon(self.__step, RuntimeError(f"Task got bad yield: {result!r}"))
        finally:
            _current_task = None

    def __wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self.__step(exc)
        else:
            self.__step()

    def __repr__(self):
        return f"<Task {self._state.lower()} name={self._name!r}>"


def current_task(loop=None):
    return _current_task


def all_tasks(loop=None):
    loop = loop if loop is not None else get_running_loop()
    return {t for t in loop._tasks if not t.done()}


def create_task(coro, *, name=None, context=None):
    return get_running_loop().create_task(coro, name=name)


async def _wrap_awaitable(awaitable):
    return await awaitable


def ensure_future(coro_or_future, *, loop=None):
    if isinstance(coro_or_future, Future):
        return coro_or_future
    if loop is None:
        loop = get_event_loop()
    if iscoroutine(coro_or_future):
        return loop.create_task(coro_or_future)
    if hasattr(type(coro_or_future), "__await__"):
        return loop.create_task(_wrap_awaitable(coro_or_future))
    raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")


class _Sleep0:
    def __await__(self):
        yield


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


async def sleep(delay, result=None):
    if delay <= 0:
        await _Sleep0()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        h.cancel()


def gather(*coros_or_futures, return_exceptions=False):
    loop = get_event_loop()
    outer = loop.create_future()
    if not coros_or_futures:
        outer.set_result([])
        return outer
    children = []
    arg_to_fut = {}
    for arg in coros_or_futures:
        if arg in arg_to_fut if not iscoroutine(arg) else False:
            fut = arg_to_fut[arg]
        else:
            fut = ensure_future(arg, loop=loop)
            if not iscoroutine(arg):
                arg_to_fut[arg] = fut
        children.append(fut)
    state = {"finished": 0}
    total = len(children)

    def done(fut):
        state["finished"] += 1
        if outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(CancelledError())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state["finished"] == total:
            results = []
            for f in children:
                if f.cancelled():
                    results.append(CancelledError())
                elif f.exception() is not None:
                    results.append(f.exception())
                else:
                    results.append(f.result())
            outer.set_result(results)

    for fut in children:
        fut.add_done_callback(done)
    return outer


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut
    fut = ensure_future(fut, loop=loop)
    if timeout <= 0 and fut.done():
        return fut.result()
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _set_result_unless_cancelled, waiter, None)
    fut.add_done_callback(lambda f: _set_result_unless_cancelled(waiter, None))
    try:
        await waiter
    finally:
        timeout_handle.cancel()
    if fut.done():
        return fut.result()
    fut.cancel()
    raise TimeoutError()


class Event:
    def __init__(self):
        self._waiters = []
        self._value = False

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Lock:
    def __init__(self):
        self._locked = False
        self._waiters = []

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and not self._waiters:
            self._locked = True
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
        finally:
            self._waiters.remove(fut)
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("Lock is not acquired.")
        self._locked = False
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)
                break

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Queue:
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._items = []
        self._getters = []
        self._putters = []
        self._unfinished = 0
        self._finished = Event()
        self._finished.set()

    def qsize(self):
        return len(self._items)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._items

    def full(self):
        return 0 < self._maxsize <= len(self._items)

    def _wake(self, waiters):
        while waiters:
            fut = waiters.pop(0)
            if not fut.done():
                fut.set_result(None)
                break

    async def put(self, item):
        while self.full():
            fut = get_running_loop().create_future()
            self._putters.append(fut)
            await fut
        self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._items.append(item)
        self._unfinished += 1
        self._finished.clear()
        self._wake(self._getters)

    async def get(self):
        while self.empty():
            fut = get_running_loop().create_future()
            self._getters.append(fut)
            await fut
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._items.pop(0)
        self._wake(self._putters)
        return item

    def task_done(self):
        if self._unfinished <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished -= 1
        if self._unfinished == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished > 0:
            await self._finished.wait()


def _cancel_all_tasks(loop):
    to_cancel = [t for t in loop._tasks if not t.done()]
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))


def run(main, *, debug=None):
    if _running_loop is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    if not iscoroutine(main):
        raise ValueError(f"a coroutine was expected, got {main!r}")
    loop = new_event_loop()
    set_event_loop(loop)
    try:
        return loop.run_until_complete(main)
    finally:
        try:
            _cancel_all_tasks(loop)
        finally:
            set_event_loop(None)
            loop.close()
