# functools, reduced to what small programs use: reduce, partial, wraps, lru_cache/cache
# (the caches simply memoize on positional arguments).
_missing = object()


def reduce(function, iterable, initial=_missing):
    it = iter(iterable)
    if initial is _missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


class partial:
    def __init__(self, func, *args, **keywords):
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        kw = dict(self.keywords)
        kw.update(keywords)
        return self.func(*self.args, *args, **kw)


def wraps(wrapped):
    def decorate(wrapper):
        wrapper.__name__ = wrapped.__name__
        wrapper.__qualname__ = wrapped.__qualname__
        wrapper.__wrapped__ = wrapped
        return wrapper
    return decorate


def lru_cache(maxsize=128):
    def decorate(func):
        memo = {}

        def cached(*args):
            if args not in memo:
                memo[args] = func(*args)
            return memo[args]
        cached.__name__ = func.__name__
        cached.__qualname__ = func.__qualname__
        cached.__wrapped__ = func
        return cached
    if callable(maxsize):
        return decorate(maxsize)
    return decorate


def cache(func):
    return lru_cache(None)(func)
