# dataclasses: CPython 3.11's Lib/dataclasses.py behaviour, written as closures instead of exec'd
# source (docs/stdlib.md): @dataclass(init, repr, eq, order, unsafe_hash, frozen, match_args,
# kw_only, slots, weakref_slot), field(default=, default_factory=, init=, repr=, hash=, compare=,
# metadata=, kw_only=), KW_ONLY, InitVar, ClassVar annotations (not fields), __post_init__ with the
# InitVar values, inheritance of fields, fields, asdict, astuple, replace, is_dataclass, MISSING,
# FrozenInstanceError; CPython's messages. The generated __init__ binds its arguments as CPython's
# argument parsing does for the generated signature (self, a, b=0, *, c), with its TypeError texts.
# String annotations ("ClassVar[int]", from __future__ import annotations) are recognised as
# ClassVar / InitVar / KW_ONLY through the class's module, as CPython does. Not provided:
# make_dataclass, the 'self' field name.
import copy
from types import MappingProxyType

# The generated methods stand for CPython's exec'd code and its argument parsing: no lines of
# this file in tracebacks (a bad call to __init__ shows only the caller's line, as in CPython).
__dp_hide_frames__ = True

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY", "MISSING", "fields",
           "asdict", "astuple", "replace", "is_dataclass"]


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


_EMPTY_METADATA = MappingProxyType({})


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE("_FIELD")
_FIELD_CLASSVAR = _FIELD_BASE("_FIELD_CLASSVAR")
_FIELD_INITVAR = _FIELD_BASE("_FIELD_INITVAR")


class InitVar:
    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return "dataclasses.InitVar[" + type_name + "]"

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = _EMPTY_METADATA if metadata is None else MappingProxyType(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return (
            "Field(name=" + _builtin_repr(self.name) + ",type=" + _builtin_repr(self.type)
            + ",default=" + _builtin_repr(self.default) + ",default_factory=" + _builtin_repr(self.default_factory)
            + ",init=" + _builtin_repr(self.init) + ",repr=" + _builtin_repr(self.repr)
            + ",hash=" + _builtin_repr(self.hash) + ",compare=" + _builtin_repr(self.compare)
            + ",metadata=" + _builtin_repr(self.metadata) + ",kw_only=" + _builtin_repr(self.kw_only)
            + ",_field_type=" + str(self._field_type) + ")"
        )


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ("_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)"
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


_builtin_repr = repr


def _plural(n, word):
    return str(n) + " " + word + ("s" if n != 1 else "")


def _names(names):
    # format_missing (Python/ceval.c): 'a', 'a' and 'b', 'a', 'b', and 'c'.
    quoted = ["'" + n + "'" for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + " and " + quoted[1]
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def _has_default(f):
    return f.default is not MISSING or f.default_factory is not MISSING


def _is_classvar(a_type):
    # Only typing's objects can be ClassVar (CPython looks only when typing is imported).
    if getattr(type(a_type), "__module__", None) != "typing":
        return False
    import typing
    return a_type is typing.ClassVar or (type(a_type) is typing._GenericAlias and a_type.__origin__ is typing.ClassVar)


def _is_initvar(a_type):
    return a_type is InitVar or type(a_type) is InitVar


def _module_identifier(annotation):
    # _MODULE_IDENTIFIER_RE, r'^(?:\s*(\w+)\s*\.)?\s*(\w+)': (module or None, name) or None.
    def word(i):
        j = i
        while j < len(annotation) and (annotation[j].isalnum() or annotation[j] == "_"):
            j += 1
        return annotation[i:j], j

    def spaces(i):
        while i < len(annotation) and annotation[i].isspace():
            i += 1
        return i

    first, i = word(spaces(0))
    if first:
        j = spaces(i)
        if j < len(annotation) and annotation[j] == ".":
            second, _ = word(spaces(j + 1))
            if second:
                return first, second
        return None, first
    return None


def _is_type(annotation, cls, a_module, a_type, is_type_predicate):
    # A string annotation ("ClassVar[int]", "dataclasses.InitVar[int]", from __future__ import
    # annotations) names the type through the class's module, as CPython's dataclasses reads it.
    import sys
    match = _module_identifier(annotation)
    if match:
        ns = None
        module_name, name = match
        module = sys.modules.get(cls.__module__)
        if not module_name:
            ns = getattr(module, "__dict__", None)
        elif module is not None and module.__dict__.get(module_name) is a_module:
            ns = module.__dict__
        if ns and is_type_predicate(ns.get(name)):
            return True
    return False


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    import sys
    typing = sys.modules.get("typing")
    if _is_classvar(a_type) or (typing is not None and isinstance(a_type, str) and
                                _is_type(a_type, cls, typing, None, _is_classvar)):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(a_type) or (isinstance(a_type, str) and
                                 _is_type(a_type, cls, sys.modules[__name__], None, _is_initvar)):
        f._field_type = _FIELD_INITVAR
    if f._field_type is _FIELD_CLASSVAR or f._field_type is _FIELD_INITVAR:
        if f.default_factory is not MISSING:
            raise TypeError("field " + f.name + " cannot have a default factory")
    if f._field_type is _FIELD or f._field_type is _FIELD_INITVAR:
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    elif f.kw_only is not MISSING:
        raise TypeError("field " + f.name + " is a ClassVar but specifies kw_only")
    if f._field_type is _FIELD and _unhashable(type(f.default)):
        raise ValueError("mutable default " + str(type(f.default)) + " for field " + f.name
                         + " is not allowed: use default_factory")
    return f


def _unhashable(t):
    # CPython's test is `default.__class__.__hash__ is None`; the playground's built-in list, dict,
    # and set do not carry __hash__ = None, so they are named here.
    for k in t.__mro__:
        if "__hash__" in k.__dict__:
            return k.__dict__["__hash__"] is None
        if k in (list, dict, set):
            return True
    return False


def _set_new_attribute(cls, name, value):
    # Never overwrites an attribute the class body defined; True when it exists.
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


_FROM_ARG_OR_FACTORY, _FROM_FACTORY, _FROM_ARG_OR_DEFAULT, _FROM_DEFAULT = 0, 1, 2, 3


def _make_init(cls, all_init_fields, std_fields, kw_fields, frozen, has_post_init, slots):
    qualname = cls.__qualname__ + ".__init__"
    std_names = [f.name for f in std_fields]
    kw_names = [f.name for f in kw_fields]
    param_names = tuple(std_names + kw_names)
    n_std = len(std_names)
    n_defaults = len([f for f in std_fields if _has_default(f)])
    std_required = [f.name for f in std_fields if not _has_default(f)]
    kw_required = [f.name for f in kw_fields if not _has_default(f)]
    initvar_names = [f.name for f in all_init_fields if f._field_type is _FIELD_INITVAR]
    # _field_init for each field, decided here so that the method itself only moves values (and
    # Dynamo, tracing it, sees no tests on Field objects): (name, where the value comes from, the
    # default or factory, whether it is an InitVar). A field with init=False and a plain default
    # keeps its class attribute (no entry), unless slots=True removed that.
    plan = []
    for f in all_init_fields:
        is_initvar = f._field_type is _FIELD_INITVAR
        if f.default_factory is not MISSING:
            plan.append((f.name, _FROM_ARG_OR_FACTORY if f.init else _FROM_FACTORY, f.default_factory, is_initvar))
        elif f.init:
            plan.append((f.name, _FROM_ARG_OR_DEFAULT, f.default, is_initvar))
        elif slots and f.default is not MISSING:
            plan.append((f.name, _FROM_DEFAULT, f.default, is_initvar))

    def __init__(self, *args, **kwargs):
        # Argument binding in the order of CPython's initialize_locals: positionals, keywords
        # (unknown or repeated), too many positionals, missing positionals, missing keyword-only.
        values = {}
        for i in range(min(len(args), n_std)):
            values[std_names[i]] = args[i]
        for key in kwargs:
            if key not in param_names:
                raise TypeError(qualname + "() got an unexpected keyword argument '" + key + "'")
            if key in values:
                raise TypeError(qualname + "() got multiple values for argument '" + key + "'")
            values[key] = kwargs[key]
        if len(args) > n_std:
            if n_defaults:
                takes = "from " + str(n_std + 1 - n_defaults) + " to " + str(n_std + 1) + " positional arguments"
            else:
                takes = _plural(n_std + 1, "positional argument")
            given = len(args) + 1
            kwonly_given = len([n for n in kw_names if n in values])
            if kwonly_given:
                given_text = (str(given) + " positional argument" + ("s" if given != 1 else "") + " (and "
                              + _plural(kwonly_given, "keyword-only argument") + ")")
            else:
                given_text = str(given)
            raise TypeError(qualname + "() takes " + takes + " but " + given_text + " were given")
        missing = [n for n in std_required if n not in values]
        if missing:
            raise TypeError(qualname + "() missing " + _plural(len(missing), "required positional argument")
                            + ": " + _names(missing))
        missing = [n for n in kw_required if n not in values]
        if missing:
            raise TypeError(qualname + "() missing " + _plural(len(missing), "required keyword-only argument")
                            + ": " + _names(missing))
        for name, mode, default, is_initvar in plan:
            if mode == _FROM_ARG_OR_FACTORY:
                value = values[name] if name in values else default()
            elif mode == _FROM_FACTORY:
                value = default()
            elif mode == _FROM_ARG_OR_DEFAULT:
                value = values[name] if name in values else default
            else:
                value = default
            if is_initvar:
                values[name] = value
                continue
            if frozen:
                object.__setattr__(self, name, value)
            else:
                setattr(self, name, value)
        if has_post_init:
            self.__post_init__(*[values.get(n, MISSING) for n in initvar_names])

    __init__.__qualname__ = qualname
    return __init__


def _formatannotation(annotation):
    # inspect.formatannotation, for the class docstring's signature.
    if getattr(annotation, "__module__", None) == "typing":
        return _builtin_repr(annotation).replace("typing.", "")
    if isinstance(annotation, type):
        if annotation.__module__ == "builtins":
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return _builtin_repr(annotation)


def _text_signature(std_fields, kw_fields):
    # str(inspect.signature(cls)) of the generated __init__, without ' -> None'.
    def param(f):
        text = f.name + ": " + _formatannotation(f.type)
        if f.default_factory is not MISSING:
            text += " = <factory>"
        elif f.default is not MISSING:
            text += " = " + _builtin_repr(f.default)
        return text

    parts = [param(f) for f in std_fields]
    if kw_fields:
        parts.append("*")
        parts.extend(param(f) for f in kw_fields)
    return "(" + ", ".join(parts) + ")"


def _recursive_repr(fn):
    running = set()

    def __repr__(self):
        key = id(self)
        if key in running:
            return "..."
        running.add(key)
        try:
            return fn(self)
        finally:
            running.discard(key)

    return __repr__


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot):
    fields = {}
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = b.__dict__.get("__dataclass_fields__")
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if b.__dict__["__dataclass_params__"].frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get("__annotations__", {})
    cls_fields = []
    kw_only_seen = False
    import sys
    for name, typ in cls_annotations.items():
        if typ is KW_ONLY or (isinstance(typ, str) and
                              _is_type(typ, cls, sys.modules[__name__], None, lambda t: t is KW_ONLY)):
            if kw_only_seen:
                raise TypeError(_builtin_repr(name) + " is KW_ONLY, but KW_ONLY has already been specified")
            kw_only_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, typ, kw_only))
    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(_builtin_repr(name) + " is a field but has no type annotation")
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")
    cls.__dataclass_fields__ = fields

    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and "__eq__" in cls.__dict__))
    if order and not eq:
        raise ValueError("eq must be true if order is true")

    all_init_fields = [f for f in fields.values() if f._field_type is _FIELD or f._field_type is _FIELD_INITVAR]
    std_init_fields = [f for f in all_init_fields if f.init and not f.kw_only]
    kw_only_init_fields = [f for f in all_init_fields if f.init and f.kw_only]

    if init:
        seen_default = False
        for f in std_init_fields:
            if _has_default(f):
                seen_default = True
            elif seen_default:
                raise TypeError("non-default argument " + _builtin_repr(f.name) + " follows default argument")
        _set_new_attribute(cls, "__init__", _make_init(cls, all_init_fields, std_init_fields, kw_only_init_fields,
                                                       frozen, hasattr(cls, "__post_init__"), slots))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        repr_fields = [f for f in field_list if f.repr]

        def _repr(self):
            return (self.__class__.__qualname__ + "("
                    + ", ".join([f.name + "=" + _builtin_repr(getattr(self, f.name)) for f in repr_fields]) + ")")

        __repr__ = _recursive_repr(_repr)
        __repr__.__qualname__ = cls.__qualname__ + ".__repr__"
        _set_new_attribute(cls, "__repr__", __repr__)

    compare_names = [f.name for f in field_list if f.compare]

    def _key(obj):
        return tuple([getattr(obj, n) for n in compare_names])

    if eq:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return _key(self) == _key(other)
            return NotImplemented

        __eq__.__qualname__ = cls.__qualname__ + ".__eq__"
        _set_new_attribute(cls, "__eq__", __eq__)

    if order:
        def _order(op_name, op):
            def method(self, other):
                if other.__class__ is self.__class__:
                    return op(_key(self), _key(other))
                return NotImplemented

            method.__name__ = op_name
            method.__qualname__ = cls.__qualname__ + "." + op_name
            return method

        for op_name, op in [("__lt__", lambda a, b: a < b), ("__le__", lambda a, b: a <= b),
                            ("__gt__", lambda a, b: a > b), ("__ge__", lambda a, b: a >= b)]:
            if _set_new_attribute(cls, op_name, _order(op_name, op)):
                raise TypeError("Cannot overwrite attribute " + op_name + " in class " + cls.__name__
                                + ". Consider using functools.total_ordering")

    if frozen:
        field_names = tuple([f.name for f in field_list])

        def __setattr__(self, name, value):
            if type(self) is cls or name in field_names:
                raise FrozenInstanceError("cannot assign to field " + _builtin_repr(name))
            object.__setattr__(self, name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in field_names:
                raise FrozenInstanceError("cannot delete field " + _builtin_repr(name))
            object.__delattr__(self, name)

        __setattr__.__qualname__ = cls.__qualname__ + ".__setattr__"
        __delattr__.__qualname__ = cls.__qualname__ + ".__delattr__"
        for fn_name, fn in (("__setattr__", __setattr__), ("__delattr__", __delattr__)):
            if _set_new_attribute(cls, fn_name, fn):
                raise TypeError("Cannot overwrite attribute " + fn_name + " in class " + cls.__name__)

    # _hash_action: (unsafe_hash, eq, frozen, has_explicit_hash) -> add / set None / raise / nothing.
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError("Cannot overwrite attribute __hash__ in class " + cls.__name__)
        action = "add"
    elif eq and not has_explicit_hash:
        action = "add" if frozen else "none"
    else:
        action = None
    if action == "add":
        hash_names = [f.name for f in field_list if (f.compare if f.hash is None else f.hash)]

        def __hash__(self):
            return hash(tuple([getattr(self, n) for n in hash_names]))

        __hash__.__qualname__ = cls.__qualname__ + ".__hash__"
        cls.__hash__ = __hash__
    elif action == "none":
        cls.__hash__ = None

    if not cls.__dict__.get("__doc__"):
        cls.__doc__ = cls.__name__ + _text_signature(std_init_fields, kw_only_init_fields)

    if match_args:
        _set_new_attribute(cls, "__match_args__", tuple([f.name for f in std_init_fields]))

    if weakref_slot and not slots:
        raise TypeError("weakref_slot is True but slots is False")
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)
    return cls


def _get_slots(cls):
    slots = cls.__dict__.get("__slots__")
    if slots is None:
        return []
    if isinstance(slots, str):
        return [slots]
    if hasattr(slots, "__next__"):
        raise TypeError("Slots of '" + cls.__name__ + "' cannot be determined")
    return list(slots)


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def _add_slots(cls, is_frozen, weakref_slot):
    # A new class with __slots__ = the field names (less the bases' slots); no __dict__.
    if "__slots__" in cls.__dict__:
        raise TypeError(cls.__name__ + " already specifies __slots__")
    cls_dict = dict(cls.__dict__)
    field_names = tuple([f.name for f in fields(cls)])
    inherited_slots = set()
    for b in cls.__mro__[1:-1]:
        inherited_slots.update(_get_slots(b))
    names = field_names + (("__weakref__",) if weakref_slot else ())
    cls_dict["__slots__"] = tuple([n for n in names if n not in inherited_slots])
    for field_name in field_names:
        cls_dict.pop(field_name, None)
    cls_dict.pop("__dict__", None)
    cls_dict.pop("__weakref__", None)
    qualname = getattr(cls, "__qualname__", None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    if is_frozen:
        if "__getstate__" not in cls_dict:
            cls.__getstate__ = _dataclass_getstate
        if "__setstate__" not in cls_dict:
            cls.__setstate__ = _dataclass_setstate
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
                              weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def fields(class_or_instance):
    try:
        fs = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple([f for f in fs.values() if f._field_type is _FIELD])


def _is_dataclass_instance(obj):
    return hasattr(type(obj), "__dataclass_fields__")


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    return copy.deepcopy(obj)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory)) for k, v in obj.items())
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError("field " + f.name + " is declared with init=False, it cannot be specified with "
                                 "replace()")
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar " + _builtin_repr(f.name) + " must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


from types import GenericAlias as _GenericAlias

Field.__class_getitem__ = classmethod(_GenericAlias)  # CPython's: dataclasses.Field[int]
