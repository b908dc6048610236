# enum: CPython 3.11's Lib/enum.py behaviour: EnumType (EnumMeta), Enum, IntEnum, StrEnum, Flag,
# IntFlag, ReprEnum, auto, unique, member / nonmember, the functional API (Enum('Name', 'A B C'),
# pairs, dicts). Members are created when the class is, in definition order; a second name with an
# equal value is an alias; lookup by value (Color(1), _missing_), by name (Color['RED']),
# iteration, len, `in`, __members__, and 3.11's reprs and strs (<Color.RED: 1>, Color.RED,
# <enum 'Color'>; IntEnum / IntFlag / StrEnum print their value; Flag composites <Perm.R|W: 6>,
# Perm(0)) and error texts ("7 is not a valid Color", "cannot reassign member 'RED'",
# "<enum 'B'> cannot extend <enum 'A'>", Flag's STRICT "invalid value" with its bit patterns).
# A data type mixed in (int, str, float, a class with __new__) makes the members instances of it,
# built by its __new__ as EnumType._find_new_ picks it: IntEnum / IntFlag members are ints,
# StrEnum members strs (the runtime's int / str subclasses, docs/runtime-subclasses.md).
# Not provided: _ignore_, _order_ checking, verify / EnumCheck, global_enum (global_flag_repr is,
# for re.RegexFlag), pickling support.
import sys
from types import MappingProxyType

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "ReprEnum", "auto",
           "unique", "member", "nonmember", "FlagBoundary", "STRICT", "CONFORM", "EJECT", "KEEP"]


class _AutoNull:
    def __repr__(self):
        return "_auto_null"


_auto_null = _AutoNull()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


    # A Flag's `B = auto(); AB = A | B` in the class body: the result is resolved with the members.
    def __or__(self, other):
        return _AutoExpr(lambda a, b: a | b, self, other)

    def __ror__(self, other):
        return _AutoExpr(lambda a, b: a | b, other, self)

    def __and__(self, other):
        return _AutoExpr(lambda a, b: a & b, self, other)

    def __xor__(self, other):
        return _AutoExpr(lambda a, b: a ^ b, self, other)

    def __add__(self, other):
        return _AutoExpr(lambda a, b: a + b, self, other)


class _AutoExpr(auto):
    def __init__(self, fn, a, b):
        self.fn = fn
        self.a = a
        self.b = b
        self.value = _auto_null

    def _resolve(self):
        return self.fn(_auto_value(self.a), _auto_value(self.b))


def _auto_value(x):
    if isinstance(x, _AutoExpr):
        return x._resolve()
    if isinstance(x, auto):
        return x.value
    return x


class member(object):
    """Forces item to become an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


class nonmember(object):
    """Protects item from becoming an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1:2] != "_" and name[-2:-1] != "_"


def _is_private(cls_name, name):
    pattern = "_%s__" % (cls_name,)
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith("__")


def _is_descriptor(obj):
    if isinstance(obj, (property, classmethod, staticmethod)):
        return True
    tname = type(obj).__name__
    if tname in ("function", "builtin_function_or_method", "method"):
        return True
    t = type(obj)
    return not isinstance(obj, type) and (hasattr(t, "__get__") or hasattr(t, "__set__") or
                                           hasattr(t, "__delete__"))


def _enum_bin(num, max_bits=None):
    # enum.bin: two's complement with the sign bit apart, "0b0 1000".
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace("1", "0", 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None:
        if len(digits) < max_bits:
            digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


class FlagBoundary:
    def __init__(self, name):
        self._name_ = name

    def __repr__(self):
        return "<FlagBoundary.%s: %r>" % (self._name_, self._name_.lower())


STRICT = FlagBoundary("STRICT")
CONFORM = FlagBoundary("CONFORM")
EJECT = FlagBoundary("EJECT")
KEEP = FlagBoundary("KEEP")

Enum = ReprEnum = Flag = None  # while Enum, ReprEnum and Flag themselves are being defined


def _find_in_mro(bases, name):
    for base in bases:
        for k in base.__mro__:
            if name in k.__dict__:
                return k.__dict__[name]
    return None


def _is_builtin_type(k):
    return k.__module__ == "builtins"


def _find_data_type(class_name, bases):
    # EnumType._find_data_type_: the mixed-in data type (int, str, float, a class with __new__, a
    # dataclass), object when there is none. The playground's built-in types count as data types.
    data_types = []
    for chain in bases:
        candidate = None
        for base in chain.__mro__:
            if base is object:
                continue
            elif isinstance(base, EnumType):
                if base._member_type_ is not object:
                    if base._member_type_ not in data_types:
                        data_types.append(base._member_type_)
                    break
            elif _is_builtin_type(base) or "__new__" in base.__dict__ or "__dataclass_fields__" in base.__dict__:
                t = candidate or base
                if t not in data_types:
                    data_types.append(t)
                break
            else:
                candidate = candidate or base
    if len(data_types) > 1:
        raise TypeError("too many data types for %r: %r" % (class_name, set(data_types)))
    return data_types[0] if data_types else object


def _find_data_repr(bases):
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            elif isinstance(base, EnumType):
                return base._value_repr_
            elif "__repr__" in base.__dict__:
                return base.__dict__["__repr__"]
    return None


def _find_new(classdict, member_type, first_enum):
    # EnumType._find_new_: the __new__ that makes members (a class's own, a saved __new_member__,
    # the data type's); object.__new__ when there is none.
    new = classdict.get("__new__")
    save_new = first_enum is not None and new is not None
    if new is None:
        for method in ("__new_member__", "__new__"):
            for possible in (member_type, first_enum):
                target = getattr(possible, method, None)
                if target is not None and target is not object.__new__:
                    new = target
                    break
            if new is not None:
                break
        else:
            new = object.__new__
    if isinstance(new, staticmethod):
        new = new.__func__
    return new, save_new


def _fix_methods(enum_class, bases, member_type, first_enum):
    # What EnumType.__new__ does after type.__new__: a ReprEnum takes str() and format() from its
    # data type; __repr__ / __str__ / __format__ / __reduce_ex__ found on the data type or object
    # are replaced by the Enum's; a Flag gets Flag's operators (ahead of int's in IntFlag).
    if first_enum is None:
        return
    if ReprEnum is not None and ReprEnum in bases:
        if member_type is object:
            raise TypeError("ReprEnum subclasses must be mixed with a data type (i.e. int, str, float, etc.)")
        if "__format__" not in enum_class.__dict__:
            type.__setattr__(enum_class, "__format__", member_type.__format__)
        if "__str__" not in enum_class.__dict__:
            method = member_type.__str__
            if method is object.__str__:
                method = member_type.__repr__
            type.__setattr__(enum_class, "__str__", method)
    for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
        if name in enum_class.__dict__:
            continue
        owner = None
        for k in enum_class.__mro__:
            if name in k.__dict__:
                owner = k
                break
        if owner is not None and (owner is object or owner is member_type or _is_builtin_type(owner)):
            type.__setattr__(enum_class, name, getattr(first_enum, name))
        elif owner is not None and _is_builtin_type(member_type) and name not in member_type.__dict__:
            # The runtime looks up an int / str subclass's methods only up to the built-in type;
            # what CPython finds past it (Enum.__str__ for int) is put on the class itself.
            type.__setattr__(enum_class, name, owner.__dict__[name])
    if Flag is not None and issubclass(enum_class, Flag):
        for name in ("__or__", "__and__", "__xor__", "__ror__", "__rand__", "__rxor__", "__invert__"):
            if name not in enum_class.__dict__:
                type.__setattr__(enum_class, name, Flag.__dict__[name])


class EnumType(type):
    """Metaclass for Enum"""

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_names = []
        values = {}
        for key in list(classdict):
            value = classdict[key]
            if isinstance(value, nonmember):
                classdict[key] = value.value
                continue
            if isinstance(value, member):
                value = value.value
            elif (_is_dunder(key) or _is_sunder(key) or _is_private(cls, key) or _is_descriptor(value)):
                continue
            member_names.append(key)
            values[key] = value
            del classdict[key]
        # An enum with members cannot be extended.
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                name = cls
                kind = "flag" if Flag is not None and issubclass(base, Flag) else "enum"
                raise TypeError("<%s %r> cannot extend %r" % (kind, name, base))
        first_enum = bases[-1] if bases else None
        if first_enum is not None and not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        member_type = _find_data_type(cls, bases)
        if boundary is None:
            boundary = _find_in_mro(bases, "_boundary_")
        classdict["_member_names_"] = []
        classdict["_member_map_"] = {}
        classdict["_value2member_map_"] = {}
        classdict["_unhashable_values_"] = []
        classdict["_member_type_"] = member_type
        if "_value_repr_" not in classdict:
            classdict["_value_repr_"] = _find_data_repr(bases)
        classdict["_boundary_"] = boundary
        new, save_new = _find_new(classdict, member_type, first_enum)
        if save_new:
            classdict["__new_member__"] = new
        use_args = new is not object.__new__
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        _fix_methods(enum_class, bases, member_type, first_enum)
        if Flag is None:
            return enum_class
        is_flag = issubclass(enum_class, Flag)
        gen = getattr(enum_class, "_generate_next_value_")
        last_values = []
        init = None
        for k in enum_class.__mro__:
            if "__init__" in k.__dict__ and not _is_builtin_type(k):
                init = k.__dict__["__init__"]
                break
        for name in member_names:
            value = values[name]
            if isinstance(value, _AutoExpr):
                value = value._resolve()
            elif isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = gen(name, 1, len(last_values), last_values[:])
                value = value.value
            if isinstance(value, tuple):
                args = value
            else:
                args = (value,)
            if member_type is tuple:
                args = (args,)
            if not use_args:
                m = new(enum_class)
            else:
                m = new(enum_class, *args)
            if not hasattr(m, "_value_"):
                if member_type is object:
                    m._value_ = value
                else:
                    try:
                        m._value_ = member_type(*args)
                    except Exception as exc:
                        raise TypeError("_value_ not set in __new__, unable to create it") from exc
            value = m._value_
            m._name_ = name
            m.__objclass__ = enum_class
            if init is not None:
                init(m, *args)
            m._sort_order_ = len(enum_class._member_names_)
            canonical = None
            for existing_name in enum_class._member_names_:
                existing = enum_class._member_map_[existing_name]
                if existing._value_ == value:
                    canonical = existing
                    break
            if canonical is None and is_flag:
                for existing in enum_class._member_map_.values():
                    if existing._value_ == value:
                        canonical = existing
                        break
            if canonical is None and is_flag:
                # Multi-bit flag values are named composites (aliases), not iterated.
                if value != 0 and value & (value - 1) == 0:
                    enum_class._member_names_.append(name)
                canonical = m
            elif canonical is None:
                enum_class._member_names_.append(name)
                canonical = m
            enum_class._member_map_[name] = canonical
            try:
                if value not in enum_class._value2member_map_:
                    enum_class._value2member_map_[value] = canonical
            except TypeError:
                enum_class._unhashable_values_.append(value)
            type.__setattr__(enum_class, name, canonical)
            last_values.append(value)
        if is_flag:
            mask = 0
            for n in enum_class._member_names_:
                mask |= enum_class._member_map_[n]._value_
            all_values = 0
            for v in enum_class._value2member_map_:
                all_values |= v
            enum_class._flag_mask_ = mask
            enum_class._all_bits_ = 2 ** max(mask, all_values).bit_length() - 1
            member_list = [enum_class._member_map_[n]._value_ for n in enum_class._member_names_]
            enum_class._by_def_ = member_list != sorted(member_list)
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls._lookup_(value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start,
                            boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        bases = (cls,) if type is None else (type, cls)
        classdict = {}
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        if isinstance(names, dict):
            names = list(names.items())
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            import _dp_warnings
            caller = _dp_warnings.caller(2)
            module = caller[2] if caller is not None else "__main__"
        classdict["__module__"] = module
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return EnumType.__new__(EnumType, class_name, bases, classdict, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            import warnings
            warnings.warn("in 3.12 __contains__ will no longer raise TypeError, but will return True or\n"
                          "False depending on whether the value is a member or the value of a member",
                          DeprecationWarning, stacklevel=2)
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" %
                            (type(member).__qualname__, "EnumType"))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __iter__(cls):
        return iter([cls._member_map_[name] for name in cls._member_names_])

    def __reversed__(cls):
        return iter([cls._member_map_[name] for name in reversed(cls._member_names_)])

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __getitem__(cls, name):
        return cls._member_map_[name]

    @property
    def __members__(cls):
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get("_member_map_", {})
        if name in member_map:
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __init__(self, *args, **kwds):
        pass

    @classmethod
    def _lookup_(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            pass
        for name in cls._member_map_:
            m = cls._member_map_[name]
            if m._value_ == value:
                return m
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        raise TypeError("error in %s._missing_: returned %r instead of None or a valid member" %
                        (cls.__name__, result))

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        last = last_values[-1]
        try:
            if last == sorted(last_values)[-1]:
                return last + 1
        except TypeError:
            pass
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    def __new__(cls, *values):
        "values must already be of type `str`"
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1:
            if not isinstance(values[0], str):
                raise TypeError("%r is not a string" % (values[0],))
        if len(values) >= 2:
            if not isinstance(values[1], str):
                raise TypeError("encoding must be a string, not %r" % (values[1],))
        if len(values) == 3:
            if not isinstance(values[2], str):
                raise TypeError("errors must be a string, not %r" % (values[2]))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum, boundary=STRICT):
    """Support for flags"""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError("invalid flag value %r" % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _members_in_(cls, value):
        # _iter_member_: by value (lowest bit first), or in definition order when the members were
        # not defined in value order.
        members = [cls._member_map_[n] for n in cls._member_names_]
        if not cls.__dict__.get("_by_def_", False):
            members.sort(key=lambda m: m._value_)
        return [m for m in members if m._value_ & value == m._value_]

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if cls._boundary_ is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s" %
                                 (cls, value, _enum_bin(value, max_bits), _enum_bin(flag_mask, max_bits)))
            elif cls._boundary_ is CONFORM:
                value = value & flag_mask
            elif cls._boundary_ is EJECT:
                return value
            elif cls._boundary_ is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** (value.bit_length())) + value
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        member_value = value & flag_mask
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, "_value_"):
            pseudo._value_ = value
        members = cls._members_in_(member_value)
        if members:
            pseudo._name_ = "|".join([m._name_ for m in members])
            if unknown:
                pseudo._name_ += "|%s" % cls._numeric_repr_(unknown)
        else:
            pseudo._name_ = None
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" %
                            (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(self.__class__._members_in_(self._value_))

    def __len__(self):
        return len(self.__class__._members_in_(self._value_))

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "%s(%r)" % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return None

    def __or__(self, other):
        v = self._other_value(other)
        if v is None:
            return NotImplemented
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._other_value(other)
        if v is None:
            return NotImplemented
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value(other)
        if v is None:
            return NotImplemented
        return self.__class__(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        if self._boundary_ in (EJECT, KEEP):
            return self.__class__(self._all_bits_ ^ self._value_ if self._value_ >= 0 else ~self._value_)
        return self.__class__(self._flag_mask_ ^ self._value_)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags"""


def global_flag_repr(self):
    """use module.flag_name instead of class.flag_name"""
    module = self.__class__.__module__.split(".")[-1]
    cls_name = self.__class__.__name__
    if self._name_ is None:
        return "%s.%s(%r)" % (module, cls_name, self._value_)
    if self._value_ and self._value_ & (self._value_ - 1) == 0:
        return "%s.%s" % (module, self._name_)
    if self._boundary_ is not KEEP:
        return "|".join(["%s.%s" % (module, name) for name in self._name_.split("|")])
    names = []
    for n in self._name_.split("|"):
        if n[0].isdigit():
            names.append(n)
        else:
            names.append("%s.%s" % (module, n))
    return "|".join(names)


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m.name:
            duplicates.append((name, m.name))
    if duplicates:
        alias_details = ", ".join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError("duplicate values found in %r: %s" % (enumeration, alias_details))
    return enumeration
