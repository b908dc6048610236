# itertools, reduced: lazy iterator classes for chain, islice, count, repeat, and the common
# combinatoric helpers (which build their results eagerly).
class chain:
    def __init__(self, *iterables):
        self._its = iter(iterables)
        self._cur = iter(())

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            try:
                return next(self._cur)
            except StopIteration:
                self._cur = iter(next(self._its))

    @classmethod
    def from_iterable(cls, iterables):
        return cls(*list(iterables))


class islice:
    def __init__(self, iterable, *args):
        s = slice(*args)
        self._it = iter(iterable)
        self._next = s.start or 0
        self._stop = s.stop
        self._step = s.step or 1
        self._i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._stop is not None and self._next >= self._stop:
            raise StopIteration
        while self._i < self._next:
            next(self._it)
            self._i += 1
        value = next(self._it)
        self._i += 1
        self._next += self._step
        return value


class count:
    def __init__(self, start=0, step=1):
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n += self._step
        return n


class repeat:
    def __init__(self, obj, times=None):
        self._obj = obj
        self._left = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._left is not None:
            if self._left <= 0:
                raise StopIteration
            self._left -= 1
        return self._obj


def accumulate(iterable, func=None, initial=None):
    out = [] if initial is None else [initial]
    for v in iterable:
        if not out:
            out.append(v)
        else:
            out.append(func(out[-1], v) if func else out[-1] + v)
    return iter(out)


def product(*iterables, repeat=1):
    pools = [tuple(p) for p in iterables] * repeat
    result = [()]
    for pool in pools:
        result = [r + (x,) for r in result for x in pool]
    return iter(result)


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    out = []

    def build(prefix, used):
        if len(prefix) == r:
            out.append(tuple(pool[i] for i in prefix))
            return
        for i in range(n):
            if i not in used:
                build(prefix + [i], used | {i})
    if r <= n:
        build([], set())
    return iter(out)


def combinations(iterable, r):
    pool = tuple(iterable)
    out = []

    def build(start, prefix):
        if len(prefix) == r:
            out.append(tuple(prefix))
            return
        for i in range(start, len(pool)):
            build(i + 1, prefix + [pool[i]])
    build(0, [])
    return iter(out)


def zip_longest(*iterables, fillvalue=None):
    lists = [list(it) for it in iterables]
    n = max([len(l) for l in lists] + [0])
    return iter([tuple(l[i] if i < len(l) else fillvalue for l in lists) for i in range(n)])
