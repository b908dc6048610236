# itertools: CPython 3.11's Modules/itertoolsmodule.c as Python. Every iterator is a class named as
# CPython's (count, cycle, ..., _tee, _grouper) that checks its arguments when it is made (as the C
# constructors do, with their TypeError / ValueError texts) and then yields lazily; most keep a
# generator that does the work. count and repeat print as CPython's reprs; repeat has
# __length_hint__.
__dp_hide_frames__ = True  # C in CPython: no lines of this file in tracebacks

_maxsize = 9223372036854775807


def _iter(obj):
    return iter(obj)


class _genwrap:
    __slots__ = ("_g",)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._g)


# _polyfill_<name>: the generator each iterator class runs, and what compiled code traces when it
# calls the class (core/dynamo/variables/user_defined.cpp), as PyTorch's Dynamo traces itertools
# through the generator functions of torch/_dynamo/polyfills/itertools.py.
def _check_number(v):
    if isinstance(v, str) or (not isinstance(v, (int, float)) and not hasattr(type(v), "__add__")):
        raise TypeError("a number is required")


def _polyfill_count(start=0, step=1):
    _check_number(start)
    _check_number(step)
    return _count_gen(start, step)


def _count_gen(n, step):
    while True:
        yield n
        n += step


def _repeat_args(args, kw):
    if len(args) + len(kw) > 2:
        raise TypeError("repeat() takes at most 2 arguments (%d given)" % (len(args) + len(kw)))
    vals = dict(zip(("object", "times"), args))
    vals.update(kw)
    if "object" not in vals:
        raise TypeError("repeat() missing required argument 'object' (pos 1)")
    times = vals.get("times")
    if times is not None:
        times = _index(times)
        if times < 0:
            times = 0
    return vals["object"], times


def _polyfill_repeat(*args, **kw):
    obj, times = _repeat_args(args, kw)
    return _repeat_gen(obj, times)


def _repeat_gen(obj, times):
    if times is None:
        while True:
            yield obj
    for _ in range(times):
        yield obj


class count:
    def __init__(self, start=0, step=1):
        _check_number(start)
        _check_number(step)
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return "%s(%r)" % (type(self).__name__, self._n)
        return "%s(%r, %r)" % (type(self).__name__, self._n, self._step)


def _polyfill_cycle(iterable):
    return cycle._run(_iter(iterable))


class cycle(_genwrap):
    def __init__(self, *args, **kwargs):
        self._g = _polyfill_cycle(*args, **kwargs)

    @staticmethod
    def _run(it):
        saved = []
        for element in it:
            yield element
            saved.append(element)
        while saved:
            for element in saved:
                yield element


class repeat:
    def __init__(self, *args, **kw):
        self._obj, self._left = _repeat_args(args, kw)

    def __iter__(self):
        return self

    def __next__(self):
        if self._left is not None:
            if self._left <= 0:
                raise StopIteration
            self._left -= 1
        return self._obj

    def __length_hint__(self):
        if self._left is None:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        if self._left is None:
            return "repeat(%r)" % (self._obj,)
        return "repeat(%r, %d)" % (self._obj, self._left)


def _index(v):
    if isinstance(v, int):
        return int(v)
    if hasattr(type(v), "__index__"):
        return type(v).__index__(v)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)


def _polyfill_accumulate(iterable, func=None, *, initial=None):
    return accumulate._run(_iter(iterable), func, initial)


class accumulate(_genwrap):
    def __init__(self, *args, **kwargs):
        self._g = _polyfill_accumulate(*args, **kwargs)

    @staticmethod
    def _run(it, func, initial):
        total = initial
        if initial is None:
            try:
                total = next(it)
            except StopIteration:
                return
        yield total
        for element in it:
            total = total + element if func is None else func(total, element)
            yield total


def _polyfill_chain(*iterables):
    return chain._run(iterables)


class chain(_genwrap):
    def __init__(self, *args, **kwargs):
        self._g = _polyfill_chain(*args, **kwargs)

    @staticmethod
    def _run(iterables):
        for it in iterables:
            for element in it:
                yield element

    @classmethod
    def from_iterable(cls, iterables):
        self = cls.__new__(cls)
        self._g = cls._run_lazy(_iter(iterables))
        return self

    @staticmethod
    def _run_lazy(iterables):
        for it in iterables:
            for element in it:
                yield element


def _polyfill_compress(data, selectors):
    return compress._run(_iter(data), _iter(selectors))


class compress(_genwrap):
    def __init__(self, *args, **kwargs):
        self._g = _polyfill_compress(*args, **kwargs)

    @staticmethod
    def _run(data, selectors):
        for d, s in zip(data, selectors):
            if s:
                yield d


def _polyfill_dropwhile(predicate, iterable):
    return dropwhile._run(predicate, _iter(iterable))


class dropwhile(_genwrap):
    def __init__(self, *args, **kwargs):
        self._g = _polyfill_dropwhile(*args, **kwargs)

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if not predicate(x):
                yield x
                break
        for x in it:
            yield x


def _polyfill_takewhile(predicate, iterable):
    return takewhile._run(predicate, _iter(iterable))


class takewhile(_genwrap):
    def __init__(self, *args, **kwargs):
        self._g = _polyfill_takewhile(*args, **kwargs)

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if predicate(x):
                yield x
            else:
                break


def _polyfill_filterfalse(function, iterable):
    return filterfalse._run(function, _iter(iterable))


class filterfalse(_genwrap):
    def __init__(self, *args, **kwargs):
        self._g = _polyfill_filterfalse(*args, **kwargs)

    @staticmethod
    def _run(function, it):
        for x in it:
            if not (bool(x) if function is None else function(x)):
                yield x


class groupby:
    def __init__(self, iterable, key=None):
        self._keyfunc = (lambda x: x) if key is None else key
        self._it = _iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = object()
        self._id = None

    def __iter__(self):
        return self

    def __next__(self):
        self._id = object()
        while self._currkey == self._tgtkey:
            self._currvalue = next(self._it)
            self._currkey = self._keyfunc(self._currvalue)
        self._tgtkey = self._currkey
        g = _grouper.__new__(_grouper)
        g._g = self._group(self._tgtkey, self._id)
        return (self._currkey, g)

    def _group(self, tgtkey, id):
        while self._id is id and self._currkey == tgtkey:
            yield self._currvalue
            try:
                self._currvalue = next(self._it)
            except StopIteration:
                return
            self._currkey = self._keyfunc(self._currvalue)


class _grouper(_genwrap):
    pass


def _islice_index(v, msg):
    if v is None:
        return None
    if not isinstance(v, int) and not hasattr(type(v), "__index__"):
        raise ValueError(msg)
    v = _index(v)
    if v < 0 or v > _maxsize:
        raise ValueError(msg)
    return v


def _polyfill_islice(*args, **kw):
    if kw:
        raise TypeError("islice() takes no keyword arguments")
    n = len(args)
    if n < 2:
        raise TypeError("islice expected at least 2 arguments, got %d" % n)
    if n > 4:
        raise TypeError("islice expected at most 4 arguments, got %d" % n)
    iterable = args[0]
    start, step = 0, 1
    if n == 2:
        stop = _islice_index(args[1], "Stop argument for islice() must be None or an integer: "
                                      "0 <= x <= sys.maxsize.")
    else:
        msg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
        start = _islice_index(args[1], msg)
        stop = _islice_index(args[2], msg)
        if start is None:
            start = 0
        if n == 4 and args[3] is not None:
            if not isinstance(args[3], int) and not hasattr(type(args[3]), "__index__"):
                raise ValueError("Step for islice() must be a positive integer or None.")
            step = _index(args[3])
            if step <= 0:
                raise ValueError("Step for islice() must be a positive integer or None.")
    return islice._run(_iter(iterable), start, stop, step)


class islice(_genwrap):
    def __init__(self, *args, **kwargs):
        self._g = _polyfill_islice(*args, **kwargs)

    @staticmethod
    def _run(it, start, stop, step):
        cnt = 0
        nxt = start
        while True:
            while cnt < nxt:
                try:
                    next(it)
                except StopIteration:
                    return
                cnt += 1
            if stop is not None and cnt >= stop:
                return
            try:
                item = next(it)
            except StopIteration:
                return
            cnt += 1
            nxt += step
            if stop is not None and nxt > stop:
                nxt = stop
            yield item


def _polyfill_pairwise(iterable):
    return pairwise._run(_iter(iterable))


class pairwise(_genwrap):
    def __init__(self, *args, **kwargs):
        self._g = _polyfill_pairwise(*args, **kwargs)

    @staticmethod
    def _run(it):
        try:
            a = next(it)
        except StopIteration:
            return
        for b in it:
            yield (a, b)
            a = b


def _polyfill_starmap(function, iterable):
    return starmap._run(function, _iter(iterable))


class starmap(_genwrap):
    def __init__(self, *args, **kwargs):
        self._g = _polyfill_starmap(*args, **kwargs)

    @staticmethod
    def _run(function, it):
        for args in it:
            if not isinstance(args, tuple):
                args = tuple(args)
            yield function(*args)


class _tee_data:
    def __init__(self, it):
        self.it = it
        self.values = []


class _tee:
    def __init__(self, data, index=0):
        self._data = data
        self._i = index

    def __iter__(self):
        return self

    def __next__(self):
        d = self._data
        if self._i == len(d.values):
            d.values.append(next(d.it))
        v = d.values[self._i]
        self._i += 1
        return v

    def __copy__(self):
        return _tee(self._data, self._i)


def tee(iterable, n=2):
    n = _index(n)
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = _iter(iterable)
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        first = _tee(_tee_data(it))
    return tuple([first] + [first.__copy__() for _ in range(n - 1)])


def _polyfill_zip_longest(*iterables, fillvalue=None):
    return zip_longest._run([_iter(x) for x in iterables], fillvalue)


class zip_longest(_genwrap):
    def __init__(self, *args, **kwargs):
        self._g = _polyfill_zip_longest(*args, **kwargs)

    @staticmethod
    def _run(its, fillvalue):
        if not its:
            return
        active = len(its)
        its = list(its)
        while True:
            values = []
            for i, it in enumerate(its):
                if it is None:
                    values.append(fillvalue)
                    continue
                try:
                    values.append(next(it))
                except StopIteration:
                    active -= 1
                    if not active:
                        return
                    its[i] = None
                    values.append(fillvalue)
            yield tuple(values)


_NO = object()


def _required(iterable, r, name):
    if iterable is _NO:
        raise TypeError("%s() missing required argument 'iterable' (pos 1)" % name)
    if r is _NO:
        raise TypeError("%s() missing required argument 'r' (pos 2)" % name)


def _check_r(r, name):
    r = _index(r)
    if r < 0:
        raise ValueError("r must be non-negative")
    return r


def _polyfill_product(*iterables, repeat=1):
    repeat = _index(repeat)
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(p) for p in iterables] * repeat
    return product._run(pools)


class product(_genwrap):
    def __init__(self, *args, **kwargs):
        self._g = _polyfill_product(*args, **kwargs)

    @staticmethod
    def _run(pools):
        n = len(pools)
        for p in pools:
            if not p:
                return
        idx = [0] * n
        yield tuple(p[0] for p in pools)
        while True:
            i = n - 1
            while i >= 0:
                idx[i] += 1
                if idx[i] < len(pools[i]):
                    break
                idx[i] = 0
                i -= 1
            if i < 0:
                return
            yield tuple([pools[j][idx[j]] for j in range(n)])


def _polyfill_permutations(iterable, r=None):
    pool = tuple(iterable)
    r = len(pool) if r is None else _check_r(r, "permutations")
    return permutations._run(pool, r)


class permutations(_genwrap):
    def __init__(self, *args, **kwargs):
        self._g = _polyfill_permutations(*args, **kwargs)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple([pool[i] for i in indices[:r]])
        while n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple([pool[i] for i in indices[:r]])
                    break
            else:
                return


def _polyfill_combinations(iterable=_NO, r=_NO):
    _required(iterable, r, "combinations")
    pool = tuple(iterable)
    return combinations._run(pool, _check_r(r, "combinations"))


class combinations(_genwrap):
    def __init__(self, *args, **kwargs):
        self._g = _polyfill_combinations(*args, **kwargs)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(r))
        yield tuple([pool[i] for i in indices])
        while True:
            for i in reversed(range(r)):
                if indices[i] != i + n - r:
                    break
            else:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple([pool[i] for i in indices])


def _polyfill_combinations_with_replacement(iterable=_NO, r=_NO):
    _required(iterable, r, "combinations_with_replacement")
    pool = tuple(iterable)
    return combinations_with_replacement._run(pool, _check_r(r, "combinations_with_replacement"))


class combinations_with_replacement(_genwrap):
    def __init__(self, *args, **kwargs):
        self._g = _polyfill_combinations_with_replacement(*args, **kwargs)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if not n and r:
            return
        indices = [0] * r
        yield tuple([pool[i] for i in indices])
        while True:
            for i in reversed(range(r)):
                if indices[i] != n - 1:
                    break
            else:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple([pool[i] for i in indices])


from types import GenericAlias as _GenericAlias

chain.__class_getitem__ = classmethod(_GenericAlias)  # itertools.chain[int]
