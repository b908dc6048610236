# copy: CPython 3.11's Lib/copy.py as the playground can run it. copy() and deepcopy() with the
# memo (shared and cyclic references copied once, the memo keyed by id), __copy__ / __deepcopy__,
# a class's own __reduce_ex__ / __reduce__, and otherwise object.__reduce_ex__(4)'s default:
# cls.__new__(cls) plus the instance's state (__getstate__, or its __dict__ and set __slots__),
# restored through __setstate__ or into __dict__ / the slots. Instances of subclasses of tuple,
# list and dict are rebuilt as copy._reconstruct rebuilds them: cls.__new__(cls,
# *__getnewargs__()), the __dict__, list items appended and dict items set through the instance's
# own methods. Tensors deep-copy as leaf clones with the same requires_grad (Parameters stay
# Parameters; a non-leaf tensor raises PyTorch's RuntimeError) and ScriptObjects through their clone hook (torch is
# imported only when such a value is met).
class Error(Exception):
    pass


error = Error

_atomic_names = frozenset(["NoneType", "int", "float", "bool", "complex", "str", "bytes", "type",
                           "range", "function", "builtin_function_or_method", "ellipsis",
                           "NotImplementedType", "property", "code", "method", "module"])


def _is_atomic(x):
    return type(x).__name__ in _atomic_names and type(type(x)).__name__ == "type" \
        or isinstance(x, type)


def _is_torch(x):
    mod = getattr(type(x), "__module__", None) or ""
    return mod == "torch" or mod.startswith("torch.")


def copy(x):
    cls = type(x)
    if _is_atomic(x):
        return x
    if cls is list:
        return list(x)
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if cls is tuple or cls is frozenset:
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    if _is_torch(x):
        import torch
        if isinstance(x, torch.Size):
            return x
        if isinstance(x, torch.Tensor):
            # Tensor.__reduce_ex__ rebuilds a tensor on the same storage (_rebuild_tensor_v2 /
            # _rebuild_parameter): the copy shares the data, with the same requires_grad.
            if isinstance(x, torch.nn.Parameter):
                return torch.nn.Parameter(x.data, x.requires_grad)
            y = x.detach()
            if x.requires_grad:
                y.requires_grad_(True)
            return y
    rv = _reduce(x)
    if rv is not None:
        return _reconstruct(x, None, *rv)
    return _default_copy(x, None)


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        y = [deepcopy(a, memo) for a in x]
        # a tuple that contains itself was copied while building it
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, y):
            if k is not j:
                y = tuple(y)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = {deepcopy(a, memo) for a in x}
    elif cls is frozenset:
        y = frozenset([deepcopy(a, memo) for a in x])
    else:
        copier = getattr(cls, "__deepcopy__", None)
        if copier is not None:
            y = copier(x, memo)
        elif _is_torch(x):
            import torch
            if isinstance(x, torch.Tensor):
                y = _deepcopy_tensor(torch, x, memo)
            elif isinstance(x, torch.ScriptObject):
                y = torch._C._clone_script_object(x)
            elif isinstance(x, torch.Size):
                y = x
            else:
                y = _deep_instance(x, memo)
        else:
            y = _deep_instance(x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_tensor(torch, x, memo):
    # Tensor.__deepcopy__ / Parameter.__deepcopy__: a leaf copy with the same requires_grad; a plain
    # tensor's .grad is deep-copied too (a Parameter's is not).
    if not x.is_leaf:
        raise RuntimeError("Only Tensors created explicitly by the user (graph leaves) support the "
                           "deepcopy protocol at the moment.  If you were attempting to deepcopy a "
                           "module, this may be because of a torch.nn.utils.weight_norm usage, see "
                           "https://github.com/pytorch/pytorch/pull/103001")
    if isinstance(x, torch.nn.Parameter):
        return torch.nn.Parameter(x.detach().clone(), x.requires_grad)
    y = x.detach().clone()
    if x.requires_grad:
        y.requires_grad_(True)
    if x.grad is not None:
        y.grad = deepcopy(x.grad, memo)
    return y


def _deep_instance(x, memo):
    rv = _reduce(x)
    if rv is not None:
        return _reconstruct(x, memo, *rv)
    return _default_copy(x, memo)


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reduce(x):
    # A reduction the class itself defines (CPython would also find object's default one, which
    # _default_copy stands for here).
    cls = type(x)
    for name in ("__reduce_ex__", "__reduce__"):
        for k in cls.__mro__:
            if k is object:
                break
            if name in k.__dict__ and k.__module__ != "builtins":
                rv = getattr(x, name)(4) if name == "__reduce_ex__" else getattr(x, name)()
                if isinstance(rv, str):
                    return None
                return rv
    return None


def _getstate(x):
    getstate = None
    for k in type(x).__mro__:
        if k is object:
            break
        if "__getstate__" in k.__dict__:
            getstate = k.__dict__["__getstate__"]
            break
    if getstate is not None:
        return getstate(x)
    state = None
    d = getattr(x, "__dict__", None)
    if d:
        state = dict(d)
    slots = {}
    for k in type(x).__mro__:
        names = k.__dict__.get("__slots__", ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ("__dict__", "__weakref__"):
                continue
            if hasattr(x, name):
                slots[name] = getattr(x, name)
    if slots:
        return (state, slots)
    return state


def _default_copy(x, memo):
    cls = type(x)
    deep = memo is not None
    if isinstance(x, tuple):
        args = x.__getnewargs__() if hasattr(cls, "__getnewargs__") else (tuple(x),)
        if deep:
            args = tuple([deepcopy(a, memo) for a in args])
        y = cls.__new__(cls, *args)
    else:
        y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    state = _getstate(x)
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _setstate(y, state)
    if isinstance(x, list):
        for item in x:
            y.append(deepcopy(item, memo) if deep else item)
    elif isinstance(x, dict):
        for key, value in x.items():
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


def _setstate(y, state):
    for k in type(y).__mro__:
        if k is not object and "__setstate__" in k.__dict__:
            y.__setstate__(state)
            return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        y.__dict__.update(state)
    if slotstate:
        for key, value in slotstate.items():
            setattr(y, key, value)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *extra):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _setstate(y, state)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
