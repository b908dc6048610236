# dataclasses, reduced: @dataclass (init, repr, eq, order, frozen, unsafe_hash, __post_init__,
# __match_args__), field(default=, default_factory=, init=, repr=, compare=), fields, asdict,
# astuple, replace, is_dataclass, FrozenInstanceError. Mirrors the observable behaviour of
# CPython 3.11's Lib/dataclasses.py (its messages included); the generated methods are closures
# instead of exec'd source (docs/stdlib.md).
import copy


class _MISSING_TYPE:
    def __repr__(self):
        return "MISSING"


MISSING = _MISSING_TYPE()


class FrozenInstanceError(AttributeError):
    pass


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
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only

    def __repr__(self):
        return (
            "Field(name=" + repr(self.name) + ",type=" + repr(self.type) + ",default=" + repr(self.default)
            + ",default_factory=" + repr(self.default_factory) + ",init=" + repr(self.init)
            + ",repr=" + repr(self.repr) + ",hash=" + repr(self.hash) + ",compare=" + repr(self.compare)
            + ",metadata=" + repr(self.metadata) + ",kw_only=" + repr(self.kw_only) + ",_field_type=_FIELD)"
        )


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _plural(n, word):
    return str(n) + " " + word + ("s" if n != 1 else "")


def _names(names):
    quoted = ["'" + n + "'" for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + " and " + quoted[1]
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def _make_init(cls, init_fields, factory_fields, frozen, has_post_init):
    qualname = cls.__qualname__ + ".__init__"
    n_total = len(init_fields) + 1
    n_required = 1 + len([f for f in init_fields if f.default is MISSING and f.default_factory is MISSING])

    def __init__(self, *args, **kwargs):
        if len(args) > len(init_fields):
            if n_required == n_total:
                takes = _plural(n_total, "positional argument")
            else:
                takes = "from " + str(n_required) + " to " + str(n_total) + " positional arguments"
            raise TypeError(
                qualname + "() takes " + takes + " but " + str(len(args) + 1) + (" was" if len(args) == 0 else " were")
                + " given"
            )
        names = [f.name for f in init_fields]
        for key in kwargs:
            if key not in names:
                raise TypeError(qualname + "() got an unexpected keyword argument '" + key + "'")
            if names.index(key) < len(args):
                raise TypeError(qualname + "() got multiple values for argument '" + key + "'")
        missing = [f.name for f in init_fields[len(args):]
                   if f.name not in kwargs and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            raise TypeError(
                qualname + "() missing " + _plural(len(missing), "required positional argument") + ": "
                + _names(missing)
            )
        for i, f in enumerate(init_fields):
            if i < len(args):
                value = args[i]
            elif f.name in kwargs:
                value = kwargs[f.name]
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            else:
                value = f.default
            if frozen:
                object.__setattr__(self, f.name, value)
            else:
                setattr(self, f.name, value)
        for f in factory_fields:  # init=False fields with a default_factory
            if frozen:
                object.__setattr__(self, f.name, f.default_factory())
            else:
                setattr(self, f.name, f.default_factory())
        if has_post_init:
            self.__post_init__()

    __init__.__qualname__ = qualname
    return __init__


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args):
    annotations = cls.__dict__.get("__annotations__", {})
    cls_fields = []
    for name, typ in annotations.items():
        default = cls.__dict__.get(name, MISSING)
        f = default if isinstance(default, Field) else field(default=default)
        f.name = name
        f.type = typ
        if isinstance(f.default, (list, dict, set)):
            raise ValueError(
                "mutable default " + str(type(f.default)) + " for field " + name + " is not allowed: use default_factory"
            )
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        cls_fields.append(f)
    # Fields of dataclass bases come first, in their order.
    all_fields = {}
    for base in reversed(cls.__mro__[1:]):
        for f in getattr(base, "__dataclass_fields__", {}).values():
            all_fields[f.name] = f
    for f in cls_fields:
        all_fields[f.name] = f
    cls.__dataclass_fields__ = all_fields
    field_list = list(all_fields.values())
    init_fields = [f for f in field_list if f.init]
    seen_default = False
    for f in init_fields:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError("non-default argument '" + f.name + "' follows default argument")

    if init:
        factory_fields = [f for f in field_list if not f.init and f.default_factory is not MISSING]
        cls.__init__ = _make_init(cls, init_fields, factory_fields, frozen, hasattr(cls, "__post_init__"))

    if repr:
        repr_fields = [f for f in field_list if f.repr]

        def __repr__(self):
            return (
                type(self).__qualname__ + "("
                + ", ".join(f.name + "=" + _builtin_repr(getattr(self, f.name)) for f in repr_fields) + ")"
            )

        __repr__.__qualname__ = cls.__qualname__ + ".__repr__"
        cls.__repr__ = __repr__

    compare_fields = [f.name for f in field_list if f.compare]

    def _key(obj):
        return tuple(getattr(obj, n) for n in compare_fields)

    if eq:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return _key(self) == _key(other)
            return NotImplemented

        __eq__.__qualname__ = cls.__qualname__ + ".__eq__"
        cls.__eq__ = __eq__

    if order:
        def _order(op_name, op):
            def method(self, other):
                if other.__class__ is self.__class__:
                    return op(_key(self), _key(other))
                return NotImplemented

            method.__qualname__ = cls.__qualname__ + "." + op_name
            return method

        cls.__lt__ = _order("__lt__", lambda a, b: a < b)
        cls.__le__ = _order("__le__", lambda a, b: a <= b)
        cls.__gt__ = _order("__gt__", lambda a, b: a > b)
        cls.__ge__ = _order("__ge__", lambda a, b: a >= b)

    if frozen:
        def __setattr__(self, name, value):
            if type(self) is cls or name in all_fields:
                raise FrozenInstanceError("cannot assign to field '" + name + "'")
            object.__setattr__(self, name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in all_fields:
                raise FrozenInstanceError("cannot delete field '" + name + "'")
            object.__delattr__(self, name)

        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__

    has_own_hash = "__hash__" in cls.__dict__ and cls.__dict__["__hash__"] is not None
    if unsafe_hash or (eq and frozen):
        hash_fields = [f.name for f in field_list if (f.compare if f.hash is None else f.hash)]

        def __hash__(self):
            return hash(tuple(getattr(self, n) for n in hash_fields))

        cls.__hash__ = __hash__
    elif eq and not has_own_hash:
        cls.__hash__ = None

    if match_args and "__match_args__" not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in init_fields)
    return cls


_builtin_repr = repr


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args)

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
    return tuple(fs.values())


def _asdict_inner(obj, dict_factory):
    if is_dataclass(obj) and not isinstance(obj, type):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def astuple(obj, *, tuple_factory=tuple):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("astuple() should be called on dataclass instances")
    return tuple_factory(_asdict_inner(getattr(obj, f.name), dict) for f in fields(obj))


def replace(obj, /, **changes):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("replace() should be called on dataclass instances")
    for f in fields(obj):
        if f.init and f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
