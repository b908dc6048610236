# collections, reduced: OrderedDict, defaultdict, Counter written as plain classes, and
# namedtuple, which makes tuple subclasses as CPython's does (docs/runtime-subclasses.md).
import sys as _sys

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


# Python's keywords (keyword.kwlist): not valid field names.
_KEYWORDS = frozenset([
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
    "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
])


def _count_args(n):
    return str(n) + " positional argument" + ("" if n == 1 else "s")


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A tuple subclass with named fields, as CPython's collections.namedtuple makes it: the
    same validation and messages, properties for the fields, _make, _replace, _asdict,
    _fields, _field_defaults, __match_args__. CPython generates __new__'s source and exec()s it;
    the playground binds the arguments itself with the messages CPython's call would give."""
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS or name.startswith("_") or name in seen):
                field_names[index] = "_" + str(index)
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError("Type names and field names must be strings")
        if not name.isidentifier():
            raise ValueError("Type names and field names must be valid identifiers: " + repr(name))
        if name in _KEYWORDS:
            raise ValueError("Type names and field names cannot be a keyword: " + repr(name))
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError("Field names cannot start with an underscore: " + repr(name))
        if name in seen:
            raise ValueError("Encountered duplicate field name: " + repr(name))
        seen.add(name)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError("Got more default values than field names")
        field_defaults = dict(zip(field_names[len(field_names) - len(defaults):], defaults))
    fields = tuple(field_names)
    num_fields = len(fields)
    new_name = typename + ".__new__"

    class _NT(tuple):
        __slots__ = ()
        _fields = fields
        _field_defaults = field_defaults
        __match_args__ = fields

        def __new__(_cls, *args, **kwargs):
            values = list(args[:num_fields])
            for key in kwargs:
                if key not in fields:
                    raise TypeError(new_name + "() got an unexpected keyword argument " + repr(key))
                if fields.index(key) < len(args):
                    raise TypeError(new_name + "() got multiple values for argument " + repr(key))
            if len(args) > num_fields:
                given = len(args) + 1
                lo = num_fields + 1 - len(field_defaults)
                takes = str(num_fields + 1) if lo == num_fields + 1 else "from " + str(lo) + " to " + str(num_fields + 1)
                raise TypeError(new_name + "() takes " + takes + " positional argument"
                                + ("" if takes == "1" else "s") + " but " + str(given)
                                + (" was" if given == 1 else " were") + " given")
            missing = []
            for name in fields[len(args):]:
                if name in kwargs:
                    values.append(kwargs[name])
                elif name in field_defaults:
                    values.append(field_defaults[name])
                else:
                    missing.append(repr(name))
            if missing:
                if len(missing) == 1:
                    names = missing[0]
                elif len(missing) == 2:
                    names = missing[0] + " and " + missing[1]
                else:
                    names = ", ".join(missing[:-1]) + ", and " + missing[-1]
                raise TypeError(new_name + "() missing " + str(len(missing)) + " required positional argument"
                                + ("" if len(missing) == 1 else "s") + ": " + names)
            return tuple.__new__(_cls, values)

        @classmethod
        def _make(cls, iterable):
            result = tuple.__new__(cls, iterable)
            if len(result) != num_fields:
                raise TypeError("Expected " + str(num_fields) + " arguments, got " + str(len(result)))
            return result

        def _replace(self, /, **kwds):
            result = self._make([kwds.pop(name, value) for name, value in zip(fields, self)])
            if kwds:
                raise ValueError("Got unexpected field names: " + repr(list(kwds)))
            return result

        def __repr__(self):
            return (self.__class__.__name__ + "("
                    + ", ".join(name + "=" + repr(value) for name, value in zip(fields, self)) + ")")

        def _asdict(self):
            return dict(zip(self._fields, self))

        def __getnewargs__(self):
            return tuple(self)

    for index, name in enumerate(fields):
        setattr(_NT, name, property(_tuplegetter(index), _tuplesetter))
    _NT.__name__ = typename
    _NT.__qualname__ = typename
    _NT.__doc__ = typename + "(" + ", ".join(fields) + ")"
    _NT._make.__func__.__qualname__ = typename + "._make"
    _NT.__new__.__qualname__ = new_name
    if module is None:
        module = _sys._getframemodulename(1) or "__main__"
    _NT.__module__ = module
    return _NT


def _tuplegetter(index):
    # The field accessor (CPython's _collections._tuplegetter): the payload's item, whatever
    # __getitem__ a subclass defines.
    def get(self):
        return tuple.__getitem__(self, index)
    return get


def _tuplesetter(self, value):
    raise AttributeError("can't set attribute")


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
