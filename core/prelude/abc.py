# abc: CPython 3.11's Lib/abc.py behaviour (with _abc's registry): ABCMeta, ABC, abstractmethod,
# update_abstractmethods, get_cache_token. A class's __abstractmethods__ is the frozenset of its
# names whose value has __isabstractmethod__ true (its own, and its bases' still unimplemented);
# instantiating one with any raises CPython's "Can't instantiate abstract class C with abstract
# method(s) a, b". CPython checks that in object.__new__; here ABCMeta.__call__ does, so only
# classes made by ABCMeta are checked. register() makes virtual subclasses for isinstance /
# issubclass, and __subclasshook__ is consulted as CPython does.
# Not provided: abstractclassmethod / abstractstaticmethod / abstractproperty (deprecated since 3.3).

__dp_hide_frames__ = True  # the checks are C in CPython: no lines of this file in tracebacks

_token = [0]


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    if isinstance(value, property):
        return any(getattr(f, "__isabstractmethod__", False) for f in (value.fget, value.fset, value.fdel))
    if isinstance(value, (classmethod, staticmethod)):
        return getattr(value.__func__, "__isabstractmethod__", False)
    return getattr(value, "__isabstractmethod__", False) is True


def _compute_abstracts(cls, namespace, bases):
    abstracts = set()
    for name, value in namespace.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in bases:
        for name in getattr(base, "__abstractmethods__", ()):
            value = None
            for k in cls.__mro__:
                if name in k.__dict__:
                    value = k.__dict__[name]
                    break
            if _is_abstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace, bases)
        cls._abc_registry = []
        # The subclasses of each ABC, for __subclasscheck__'s walk (CPython walks
        # type.__subclasses__(), which the playground's types do not keep).
        cls._abc_subclasses = []
        for base in bases:
            subs = base.__dict__.get("_abc_subclasses")
            if subs is not None:
                subs.append(cls)
        return cls

    def __call__(cls, *args, **kwargs):
        abstracts = cls.__dict__.get("__abstractmethods__")
        if abstracts:
            names = sorted(abstracts)
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s" %
                            (cls.__name__, "s" if len(names) > 1 else "", ", ".join(names)))
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        _token[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if cls in subclass.__mro__:
            return True
        hook = getattr(cls, "__subclasshook__", None)
        if hook is not None:
            ok = hook(subclass)
            if ok is not NotImplemented:
                return bool(ok)
        # _abc_subclasscheck: the classes registered with this ABC (not with its bases), then its
        # subclasses, recursively.
        for r in cls.__dict__.get("_abc_registry", ()):
            if r is subclass or issubclass(subclass, r):
                return True
        for scls in cls.__dict__.get("_abc_subclasses", ()):
            if issubclass(subclass, scls):
                return True
        return False

    def _dump_registry(cls, file=None):
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        print(f"_abc_registry: {set(cls._abc_registry)!r}", file=file)


def get_cache_token():
    return _token[0]


def update_abstractmethods(cls):
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls, cls.__dict__, cls.__bases__)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using inheritance."""
    __slots__ = ()
