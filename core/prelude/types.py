# types (CPython 3.11's Lib/types.py): the names of the interpreter's built-in types, taken from
# values of those types as Lib/types.py takes them, SimpleNamespace, MappingProxyType (a
# Python class here: enum's __members__ and dataclasses' Field.metadata are ones), and
# GenericAlias (CPython's Objects/genericaliasobject.c, here in Python: list[int], tuple[int, ...],
# the `__class_getitem__` of the built-in containers, core/runtime/genericalias.cpp).
import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
ModuleType = type(sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_coro = _c()
CoroutineType = type(_coro)
_coro.close()
del _coro


class SimpleNamespace:
    # types.SimpleNamespace: attributes from the keyword arguments, repr `namespace(a=1, b=2)`
    # (a subclass shows its own name), equal when the attributes are.
    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        self.__dict__.update(dict(mapping_or_iterable))
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        return name + "(" + ", ".join(k + "=" + repr(v) for k, v in self.__dict__.items()) + ")"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


SimpleNamespace.__module__ = "types"


class mappingproxy:
    # types.MappingProxyType: a read-only view of a mapping; repr `mappingproxy({...})`, str() and
    # == those of the mapping.
    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def __repr__(self):
        return "mappingproxy(" + repr(self._mapping) + ")"

    def __str__(self):
        return str(self._mapping)

    def __eq__(self, other):
        return self._mapping == other


MappingProxyType = mappingproxy


# types.GenericAlias (Objects/genericaliasobject.c of CPython 3.11): what `list[int]`,
# `dict[str, int]`, `tuple[int, ...]` and `type[X]` evaluate to. The attributes other than its own
# (attr_exceptions) are the origin's (`list[int].append is list.append`); calling it calls the
# origin and sets `__orig_class__` on the result when it can; iterating it gives one starred alias
# (`*tuple[int, ...]`, PEP 646); TypeVars among the arguments are its `__parameters__`, replaced
# by subscription (`dict[str, T][int]` is `dict[str, int]`).
def _ga_repr_item(p):
    # ga_repr_item: `...`, a generic alias by its repr, a class by its (module-qualified) name.
    if p is Ellipsis:
        return "..."
    try:
        if hasattr(p, "__origin__") and hasattr(p, "__args__"):
            return repr(p)
        qualname = getattr(p, "__qualname__", None)
        if qualname is None:
            return repr(p)
        module = getattr(p, "__module__", None)
        if module is None:
            return repr(p)
    except AttributeError:
        return repr(p)
    if module == "builtins":
        return str(qualname)
    return f"{module}.{qualname}"


def _ga_make_parameters(args):
    # _Py_make_parameters: the TypeVars (objects with __typing_subst__) among the arguments and
    # the parameters of the arguments that have some, each once, in order.
    params = []
    for t in args:
        if isinstance(t, type):
            continue
        if hasattr(t, "__typing_subst__"):
            if t not in params:
                params.append(t)
            continue
        sub = getattr(t, "__parameters__", None)
        if isinstance(sub, tuple):
            for x in sub:
                if x not in params:
                    params.append(x)
    return tuple(params)


def _ga_subs_tvars(obj, params, argitems):
    # subs_tvars: an argument with its own __parameters__ subscripted with the replacements of
    # those parameters.
    sub = getattr(obj, "__parameters__", None)
    if isinstance(sub, tuple) and sub:
        new = tuple(argitems[params.index(x)] for x in sub)
        return obj[new[0] if len(new) == 1 else new]
    return obj


def _subs_parameters(alias, item):
    # _Py_subs_parameters, shared by GenericAlias and UnionType: the alias's arguments with each
    # of its __parameters__ replaced by the matching item.
    params = alias.__parameters__
    if not params:
        raise TypeError(f"{alias!r} is not a generic class")
    argitems = item if isinstance(item, tuple) else (item,)
    if len(argitems) != len(params):
        raise TypeError(f"Too {'many' if len(argitems) > len(params) else 'few'} arguments for {alias!r}; "
                        f"actual {len(argitems)}, expected {len(params)}")
    new = []
    for arg in alias.__args__:
        if isinstance(arg, type):
            new.append(arg)
        elif hasattr(arg, "__typing_subst__"):
            new.append(arg.__typing_subst__(argitems[params.index(arg)]))
        else:
            new.append(_ga_subs_tvars(arg, params, argitems))
    return new


class _generic_alias_iterator:
    # gaiterobject: yields the starred alias once.
    __slots__ = ("_obj",)

    def __init__(self, obj):
        self._obj = obj

    def __iter__(self):
        return self

    def __next__(self):
        obj = self._obj
        if obj is None:
            raise StopIteration
        self._obj = None
        starred = GenericAlias(obj.__origin__, obj.__args__)
        starred.__unpacked__ = True
        return starred


_generic_alias_iterator.__name__ = _generic_alias_iterator.__qualname__ = "generic_alias_iterator"
_generic_alias_iterator.__module__ = "builtins"


_GA_ATTR_EXCEPTIONS = frozenset({
    "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
    "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
    "__copy__", "__deepcopy__",
})


class GenericAlias:
    __slots__ = ("__origin__", "__args__", "__parameters__", "__unpacked__")

    def __new__(cls, *args, **kwargs):
        if kwargs:
            raise TypeError("GenericAlias() takes no keyword arguments")
        if len(args) != 2:
            raise TypeError(f"GenericAlias expected 2 arguments, got {len(args)}")
        origin, a = args
        self = object.__new__(cls)
        if not isinstance(a, tuple):
            a = (a,)
        self.__origin__ = origin
        self.__args__ = a
        self.__parameters__ = _ga_make_parameters(a)
        self.__unpacked__ = False
        return self

    def __getattr__(self, name):
        # ga_getattro: the names not in attr_exceptions are looked up on the origin.
        if name in _GA_ATTR_EXCEPTIONS:
            raise AttributeError(f"'types.GenericAlias' object has no attribute '{name}'")
        return getattr(self.__origin__, name)

    @property
    def __typing_unpacked_tuple_args__(self):
        if self.__unpacked__ and self.__origin__ is tuple:
            return self.__args__
        return None

    def __repr__(self):
        head = ("*" if self.__unpacked__ else "") + _ga_repr_item(self.__origin__)
        if not self.__args__:
            return head + "[()]"
        return head + "[" + ", ".join(_ga_repr_item(a) for a in self.__args__) + "]"

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        if self.__unpacked__ != other.__unpacked__:
            return False
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __reduce__(self):
        return (GenericAlias, (self.__origin__, self.__args__))

    def __iter__(self):
        # ga_iter: `*tuple[int, ...]` is the one item, the same alias starred.
        return _generic_alias_iterator(self)

    def __getitem__(self, item):
        # ga_getitem.
        res = GenericAlias(self.__origin__, tuple(_subs_parameters(self, item)))
        res.__unpacked__ = self.__unpacked__
        return res

    def __or__(self, other):
        return _union_type_or(self, other)

    def __ror__(self, other):
        return _union_type_or(other, self)


GenericAlias.__module__ = "types"
# The type keeps its module; its dict does not, so an alias's __module__ is the origin's (ga_getattro).
del GenericAlias.__module__


# types.UnionType (Objects/unionobject.c of CPython 3.11): `int | None`, `int | list[int]`. The
# runtime's `|` on classes and None ends here (`type.__or__`, ops.cpp), as does an alias's.
def _is_unionable(obj):
    return obj is None or isinstance(obj, (type, GenericAlias, UnionType))


def _union_type_or(self, other):
    # _Py_union_type_or.
    if not _is_unionable(self) or not _is_unionable(other):
        return NotImplemented
    return _make_union((self, other))


def _make_union(args):
    # dedup_and_flatten_args: unions flattened, None as NoneType, duplicates dropped (classes by
    # identity, aliases by equality); one argument left is itself.
    flat = []
    for a in args:
        if isinstance(a, UnionType):
            flat.extend(a.__args__)
        elif a is None:
            flat.append(type(None))
        else:
            flat.append(a)
    out = []
    for a in flat:
        for b in out:
            if isinstance(a, GenericAlias) and isinstance(b, GenericAlias):
                if a == b:
                    break
            elif a is b:
                break
        else:
            out.append(a)
    if len(out) == 1:
        return out[0]
    u = object.__new__(UnionType)
    u.__args__ = tuple(out)
    u.__parameters__ = _ga_make_parameters(u.__args__)
    return u


class UnionType:
    __slots__ = ("__args__", "__parameters__")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'types.UnionType' instances")

    def __repr__(self):
        return " | ".join("None" if a is type(None) else _ga_repr_item(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return frozenset(self.__args__) == frozenset(other.__args__)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return _union_type_or(self, other)

    def __ror__(self, other):
        return _union_type_or(other, self)

    def __instancecheck__(self, obj):
        # object_isinstance: a union stands for the tuple of its arguments.
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__args__)

    def __getitem__(self, item):
        # union_getitem: the parameters replaced, the results joined with `|` again.
        new = _subs_parameters(self, item)
        res = new[0]
        for a in new[1:]:
            res = res | a
        return res


UnionType.__module__ = "types"
