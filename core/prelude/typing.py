# typing, reduced to what annotations in PyTorch programs use (docs/stdlib.md). Mirrors the
# observable behaviour of CPython 3.11's Lib/typing.py: the aliases and special forms, their
# subscription and reprs (typing.List[int], typing.Optional[str], ~T), get_origin / get_args,
# TypeVar, Generic, NamedTuple, cast, overload. Nothing here checks types at run time.
import types as _types

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return obj.__module__ + "." + obj.__qualname__
    if obj is ...:
        return "..."
    if obj is None:
        return "None"
    return repr(obj)


def _params(params):
    params = params if isinstance(params, tuple) else (params,)
    return tuple(type(None) if p is None else p for p in params)


class _GenericAlias:
    """A subscripted alias: List[int], Dict[str, int], Callable[[int], str], Stack[int]."""

    def __init__(self, origin, args, name=None, special=None):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self._special = special

    def __repr__(self):
        if self._name is not None:
            head = "typing." + self._name
        else:
            head = _type_repr(self.__origin__)
        if self._special == "callable" and len(self.__args__) >= 1:
            params = self.__args__[:-1]
            if len(params) == 1 and params[0] is ...:
                inner = "..."
            else:
                inner = "[" + ", ".join(_type_repr(a) for a in params) + "]"
            return head + "[" + inner + ", " + _type_repr(self.__args__[-1]) + "]"
        if not self.__args__:
            return head + "[()]"
        return head + "[" + ", ".join(_type_repr(a) for a in self.__args__) + "]"

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __getitem__(self, params):
        return _GenericAlias(self.__origin__, _params(params), self._name, self._special)

    # `List[int] | None` is typing.Optional[typing.List[int]] (3.11's _GenericAlias.__or__).
    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _SpecialGenericAlias:
    """An unsubscripted alias of a class: List, Dict, Callable, ..."""

    def __init__(self, origin, name, nparams=-1, special=None):
        self.__origin__ = origin
        self._name = name
        self._nparams = nparams
        self._special = special

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if self._special == "callable":
            if not (isinstance(params, tuple) and len(params) == 2):
                raise TypeError("Callable must be used as Callable[[arg, ...], result].")
            args, result = params
            if args is ...:
                return _GenericAlias(self.__origin__, (..., result), self._name, "callable")
            return _GenericAlias(self.__origin__, tuple(args) + (result,), self._name, "callable")
        if self._special == "tuple" and params == ():
            return _GenericAlias(self.__origin__, (), self._name)
        params = _params(params)
        if self._nparams >= 0 and self._special != "tuple" and len(params) != self._nparams:
            raise TypeError(
                "Too " + ("many" if len(params) > self._nparams else "few") + " arguments for " + repr(self)
                + "; actual " + str(len(params)) + ", expected " + str(self._nparams)
            )
        return _GenericAlias(self.__origin__, params, self._name, self._special)

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None:
            raise TypeError("Type " + self._name + " cannot be instantiated")
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        return isinstance(other, _SpecialGenericAlias) and self._name == other._name

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __hash__(self):
        return hash(self._name)


class _SpecialForm:
    """Any, Union, Optional, ClassVar, Final, Literal, NoReturn."""

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError(repr(self) + " is not subscriptable")
        return self._getitem(self, params)

    def __call__(self, *args, **kwargs):
        raise TypeError("Cannot instantiate " + repr(self))

    # 3.11's Any is a class, so `Any | None` is a types.UnionType (`typing.Any | None`); the other
    # forms make a typing.Union.
    def __or__(self, right):
        if self._name == "Any" and (right is None or isinstance(right, (type, _types.GenericAlias, _types.UnionType))):
            return _types._make_union((self, right))
        return Union[self, right]

    def __ror__(self, left):
        if self._name == "Any" and (left is None or isinstance(left, (type, _types.GenericAlias, _types.UnionType))):
            return _types._make_union((left, self))
        return Union[left, self]

    def __hash__(self):
        return hash(self._name)


class _UnionAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return "typing.Optional[" + _type_repr(other) + "]"
        return "typing.Union[" + ", ".join(_type_repr(a) for a in args) + "]"


def _union(form, params):
    flat = []
    for p in _params(params):
        p = type(None) if p is None else p
        items = p.__args__ if isinstance(p, _UnionAlias) else (p,)
        for item in items:
            if item not in flat:
                flat.append(item)
    if len(flat) == 1:
        return flat[0]
    return _UnionAlias(Union, tuple(flat))


def _optional(form, param):
    return _union(Union, (param, None))


def _single(form, param):
    return _GenericAlias(form, (param,), form._name)


def _literal(form, params):
    return _GenericAlias(form, params if isinstance(params, tuple) else (params,), form._name)


Any = _SpecialForm("Any")
NoReturn = _SpecialForm("NoReturn")
Union = _SpecialForm("Union", _union)
Optional = _SpecialForm("Optional", _optional)
ClassVar = _SpecialForm("ClassVar", _single)
Final = _SpecialForm("Final", _single)
Literal = _SpecialForm("Literal", _literal)

List = _SpecialGenericAlias(list, "List", 1)
Dict = _SpecialGenericAlias(dict, "Dict", 2)
DefaultDict = _SpecialGenericAlias(None, "DefaultDict", 2)
Set = _SpecialGenericAlias(set, "Set", 1)
FrozenSet = _SpecialGenericAlias(frozenset, "FrozenSet", 1)
Tuple = _SpecialGenericAlias(tuple, "Tuple", -1, "tuple")
Type = _SpecialGenericAlias(type, "Type", 1)
Callable = _SpecialGenericAlias(None, "Callable", -1, "callable")
Iterable = _SpecialGenericAlias(None, "Iterable", 1)
Iterator = _SpecialGenericAlias(None, "Iterator", 1)
Sequence = _SpecialGenericAlias(None, "Sequence", 1)
MutableSequence = _SpecialGenericAlias(None, "MutableSequence", 1)
Mapping = _SpecialGenericAlias(None, "Mapping", 2)
MutableMapping = _SpecialGenericAlias(None, "MutableMapping", 2)
Collection = _SpecialGenericAlias(None, "Collection", 1)
Container = _SpecialGenericAlias(None, "Container", 1)
Hashable = _SpecialGenericAlias(None, "Hashable", 0)
Sized = _SpecialGenericAlias(None, "Sized", 0)
Generator = _SpecialGenericAlias(None, "Generator", 3)
Awaitable = _SpecialGenericAlias(None, "Awaitable", 1)
Coroutine = _SpecialGenericAlias(None, "Coroutine", 3)
AsyncIterator = _SpecialGenericAlias(None, "AsyncIterator", 1)
AbstractSet = _SpecialGenericAlias(None, "AbstractSet", 1)
Deque = _SpecialGenericAlias(None, "Deque", 1)
OrderedDict = _SpecialGenericAlias(None, "OrderedDict", 2)
Counter = _SpecialGenericAlias(None, "Counter", 1)


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __typing_subst__(self, arg):
        # What replaces the TypeVar in `list[T][int]` (types.GenericAlias); None is NoneType.
        # (3.11's _type_check: None is NoneType, a tuple is refused.)
        if arg is None:
            return type(None)
        if type(arg) is tuple:
            raise TypeError(f"Parameters to generic types must be types. Got {arg!r:.100}.")
        return arg


AnyStr = TypeVar("AnyStr", bytes, str)


class Generic:
    """Base class of user generics: class Stack(Generic[T]) subclasses Generic itself."""

    def __class_getitem__(cls, params):
        if cls is Generic or cls is Protocol:
            return cls
        return _GenericAlias(cls, _params(params))


class Protocol(Generic):
    pass


# NamedTuple, as CPython 3.11 builds it: a function whose __mro_entries__ turns `class P(NamedTuple)`
# into a class with base _NamedTuple, whose metaclass (NamedTupleMeta) replaces the class by a
# collections.namedtuple, so P's MRO is (P, tuple, object) (docs/runtime-subclasses.md).
_prohibited_namedtuple = frozenset({
    "__new__", "__init__", "__slots__", "__getnewargs__", "_fields", "_field_defaults", "_make",
    "_replace", "_asdict", "_source",
})
_special_namedtuple = frozenset({"__module__", "__name__", "__annotations__"})


def _make_nmtuple(name, types, module, defaults=()):
    types = {n: t for n, t in types}
    import collections
    nm_tpl = collections.namedtuple(name, list(types), defaults=defaults, module=module)
    nm_tpl.__annotations__ = types
    return nm_tpl


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        return _namedtuple_meta_new(typename, bases, ns)


def _namedtuple_meta_new(typename, bases, ns):
    for base in bases:
        if base is not _NamedTuple and base is not Generic:
            raise TypeError("can only inherit from a NamedTuple type and Generic")
    types = ns.get("__annotations__", {})
    default_names = []
    for field_name in types:
        if field_name in ns:
            default_names.append(field_name)
        elif default_names:
            raise TypeError(
                "Non-default namedtuple field " + field_name + " cannot follow default field"
                + ("s" if len(default_names) > 1 else "") + " " + ", ".join(default_names)
            )
    nm_tpl = _make_nmtuple(typename, types.items(), defaults=[ns[n] for n in default_names],
                           module=ns["__module__"])
    for key in ns:
        if key in _prohibited_namedtuple:
            raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
        elif key not in _special_namedtuple and key not in nm_tpl._fields:
            setattr(nm_tpl, key, ns[key])
    return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
    import sys
    return _make_nmtuple(typename, fields, module=sys._getframemodulename(1) or "__main__")


_NamedTuple = type.__new__(NamedTupleMeta, "NamedTuple", (), {})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(arg):
    return arg


def runtime_checkable(cls):
    return cls


def get_origin(tp):
    if isinstance(tp, _UnionAlias):
        return Union
    if isinstance(tp, (_GenericAlias, _types.GenericAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _types.UnionType):
        return _types.UnionType
    return None


def get_args(tp):
    if isinstance(tp, _GenericAlias):
        if tp._special == "callable":
            params = tp.__args__[:-1]
            if len(params) == 1 and params[0] is ...:
                return (..., tp.__args__[-1])
            return (list(params), tp.__args__[-1])
        return tp.__args__
    if isinstance(tp, _types.GenericAlias):
        # types.GenericAlias: collections.abc.Callable[[int], str] as ([int], str).
        res = tp.__args__
        if tp.__origin__ is _collections_abc_callable() and not (len(res) == 2 and res[0] is ...):
            return (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, _types.UnionType):
        return tp.__args__
    return ()


def _collections_abc_callable():
    import collections.abc
    return collections.abc.Callable


def _eval_hint(value, globalns, localns):
    # A string annotation (`from __future__ import annotations`, or written as a string) is evaluated
    # as ForwardRef._evaluate does; None stands for type(None).
    if value is None:
        return type(None)
    if isinstance(value, str):
        return eval(value, globalns, localns)
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    import sys
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get("__annotations__", {})
            if globalns is None:
                module = sys.modules.get(base.__module__)
                base_globals = getattr(module, "__dict__", {})
            else:
                base_globals = globalns
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                base_globals, base_locals = base_locals, base_globals
            for name, value in ann.items():
                hints[name] = _eval_hint(value, base_globals, base_locals)
        return hints
    if globalns is None:
        nsobj = obj
        while hasattr(nsobj, "__wrapped__"):
            nsobj = nsobj.__wrapped__
        globalns = getattr(nsobj, "__globals__", None)
        if globalns is None:
            globalns = getattr(obj, "__dict__", {})
        if localns is None:
            localns = globalns
    elif localns is None:
        localns = globalns
    hints = dict(getattr(obj, "__annotations__", None) or {})
    return {name: _eval_hint(value, globalns, localns) for name, value in hints.items()}
