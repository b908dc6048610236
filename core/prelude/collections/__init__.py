# collections, reduced: OrderedDict, defaultdict, Counter and namedtuple written as plain classes
# (the playground's classes cannot derive from dict or tuple).
class OrderedDict:
    def __init__(self, items=(), **kw):
        self._d = {}
        if hasattr(items, "items"):
            items = items.items()
        for k, v in items:
            self._d[k] = v
        for k, v in kw.items():
            self._d[k] = v

    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __contains__(self, k): return k in self._d
    def __len__(self): return len(self._d)
    def __iter__(self): return iter(self._d)
    def __eq__(self, other): return list(self.items()) == list(other.items())
    def keys(self): return odict_keys(self._d)
    def values(self): return odict_values(self._d)
    def items(self): return odict_items(self._d)
    def get(self, k, default=None): return self._d.get(k, default)
    def pop(self, k, *default): return self._d.pop(k, *default)

    def move_to_end(self, key, last=True):
        v = self._d.pop(key)
        if last:
            self._d[key] = v
        else:
            rest = list(self._d.items())
            self._d.clear()  # in place: the views hold this dict
            self._d[key] = v
            for k, x in rest:
                self._d[k] = x

    def __repr__(self):
        if not self._d:
            return "OrderedDict()"
        return "OrderedDict(" + repr(list(self._d.items())) + ")"


class _odict_view:
    # OrderedDict's live views (CPython's odict_keys / odict_values / odict_items) over its dict,
    # shown as odict_keys([...]).
    def __init__(self, d): self._d = d
    def __len__(self): return len(self._d)
    def __iter__(self): return iter(self._list())
    def __reversed__(self): return reversed(self._list())
    def __contains__(self, x): return x in self._list()
    def __repr__(self): return type(self).__name__ + "(" + repr(self._list()) + ")"

    def __eq__(self, other):
        if isinstance(other, (_odict_view, set, frozenset)):
            return set(self) == set(other)
        return NotImplemented


class odict_keys(_odict_view):
    def _list(self): return list(self._d.keys())


class odict_values(_odict_view):
    def _list(self): return list(self._d.values())
    def __eq__(self, other): return self is other


class odict_items(_odict_view):
    def _list(self): return list(self._d.items())


class defaultdict:
    def __init__(self, default_factory=None, items=()):
        self.default_factory = default_factory
        self._d = dict(items)

    def __getitem__(self, k):
        if k not in self._d:
            if self.default_factory is None:
                raise KeyError(k)
            self._d[k] = self.default_factory()
        return self._d[k]

    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __contains__(self, k): return k in self._d
    def __len__(self): return len(self._d)
    def __iter__(self): return iter(self._d)
    def keys(self): return self._d.keys()
    def values(self): return self._d.values()
    def items(self): return self._d.items()
    def get(self, k, default=None): return self._d.get(k, default)

    def __repr__(self):
        name = "None" if self.default_factory is None else repr(self.default_factory)
        return "defaultdict(" + name + ", " + repr(self._d) + ")"


class Counter:
    def __init__(self, iterable=()):
        self._d = {}
        if hasattr(iterable, "items"):
            for k, v in iterable.items():
                self._d[k] = v
        else:
            for k in iterable:
                self._d[k] = self._d.get(k, 0) + 1

    def __getitem__(self, k): return self._d.get(k, 0)
    def __setitem__(self, k, v): self._d[k] = v
    def __contains__(self, k): return k in self._d
    def __len__(self): return len(self._d)
    def __iter__(self): return iter(self._d)
    def keys(self): return self._d.keys()
    def values(self): return self._d.values()
    def items(self): return self._d.items()

    def most_common(self, n=None):
        items = sorted(self._d.items(), key=lambda kv: kv[1], reverse=True)
        return items if n is None else items[:n]

    def __repr__(self):
        if not self._d:
            return "Counter()"
        return "Counter({" + ", ".join(repr(k) + ": " + repr(v) for k, v in self.most_common()) + "})"


def namedtuple(typename, field_names):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    fields = tuple(field_names)

    class _NT:
        _fields = fields

        def __init__(self, *args, **kw):
            values = list(args)
            for name in fields[len(args):]:
                if name not in kw:
                    raise TypeError(typename + ".__new__() missing 1 required positional argument: '" + name + "'")
                values.append(kw[name])
            self._values = tuple(values)

        def __getattr__(self, name):
            if name in fields:
                return self._values[fields.index(name)]
            raise AttributeError("'" + typename + "' object has no attribute '" + name + "'")

        def __getitem__(self, i): return self._values[i]
        def __len__(self): return len(self._values)
        def __iter__(self): return iter(self._values)
        def __eq__(self, other): return tuple(self) == tuple(other)
        def __hash__(self): return hash(self._values)
        def _asdict(self): return dict(zip(fields, self._values))

        def _replace(self, **kw):
            return _NT(*[kw.get(n, v) for n, v in zip(fields, self._values)])

        def __repr__(self):
            return typename + "(" + ", ".join(n + "=" + repr(v) for n, v in zip(fields, self._values)) + ")"

    _NT.__name__ = typename
    _NT.__qualname__ = typename
    return _NT


class deque:
    # A list-backed double-ended queue (CPython's is a linked list of blocks; only the behaviour
    # and the repr are mirrored).
    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None and maxlen < 0:
            raise ValueError("maxlen must be non-negative")
        self.maxlen = maxlen
        self._items = []
        self.extend(iterable)

    def append(self, x):
        self._items.append(x)
        if self.maxlen is not None and len(self._items) > self.maxlen:
            del self._items[0]

    def appendleft(self, x):
        self._items.insert(0, x)
        if self.maxlen is not None and len(self._items) > self.maxlen:
            self._items.pop()

    def extend(self, iterable):
        for x in list(iterable):
            self.append(x)

    def extendleft(self, iterable):
        for x in list(iterable):
            self.appendleft(x)

    def pop(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop()

    def popleft(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop(0)

    def rotate(self, n=1):
        if self._items:
            n %= len(self._items)
            self._items = self._items[-n:] + self._items[:-n] if n else self._items

    def clear(self): self._items = []
    def count(self, x): return self._items.count(x)
    def index(self, x): return self._items.index(x)
    def remove(self, x): self._items.remove(x)
    def reverse(self): self._items.reverse()
    def copy(self): return deque(self._items, self.maxlen)
    def __len__(self): return len(self._items)
    def __bool__(self): return len(self._items) > 0
    def __iter__(self): return iter(self._items)
    def __reversed__(self): return reversed(self._items)
    def __contains__(self, x): return x in self._items
    def __getitem__(self, i): return self._items[i]
    def __setitem__(self, i, v): self._items[i] = v
    def __eq__(self, other): return isinstance(other, deque) and self._items == other._items

    def __repr__(self):
        if self.maxlen is None:
            return "deque(" + repr(self._items) + ")"
        return "deque(" + repr(self._items) + ", maxlen=" + repr(self.maxlen) + ")"
