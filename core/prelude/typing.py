"""typing: the names programs import for annotations (List[torch.Tensor], Optional[int], ...).
Subscripting returns an alias that only prints; nothing is checked (as in CPython at run time)."""


class _GenericAlias:
    def __init__(self, origin, params):
        self.__origin__ = origin
        self.__args__ = params if isinstance(params, tuple) else (params,)

    def __repr__(self):
        def name(p):
            if isinstance(p, type):
                return p.__qualname__ if p.__module__ == "builtins" else p.__module__ + "." + p.__qualname__
            return repr(p)
        return repr(self.__origin__) + "[" + ", ".join(name(p) for p in self.__args__) + "]"

    def __getitem__(self, params):
        return _GenericAlias(self, params)


class _SpecialForm:
    def __init__(self, name):
        self._name = name

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        return _GenericAlias(self, params)

    def __call__(self, *args, **kwargs):
        raise TypeError("Cannot instantiate typing." + self._name)


for _name in ("Any", "Callable", "Dict", "Iterable", "Iterator", "List", "Mapping", "Optional", "Sequence", "Set",
              "Tuple", "Type", "Union"):
    globals()[_name] = _SpecialForm(_name)
del _name
TYPE_CHECKING = False


def cast(typ, val):
    return val


def overload(func):
    return func
