# copy (CPython 3.11's Lib/copy.py): shallow and deep copies.
#
# copy(x): atomic values and immutable containers are returned as they are, list / dict / set are
# copied by their type, a class's __copy__ is used, anything else is rebuilt as __reduce_ex__(4)
# and _reconstruct rebuild it: cls.__new__(cls, *__getnewargs__()), the state (__dict__ and slot
# values) set on it, list items appended and dict items set through the object's own methods.
# deepcopy(x, memo) does the same recursively, with the memo dict that keeps one copy per original
# object (shared and cyclic references stay shared), the class's __deepcopy__(memo) first.
#
# Tensors as PyTorch defines them (torch/_tensor.py, torch/nn/parameter.py): a shallow copy is a
# new tensor on the same data (what _rebuild_tensor_v2 gives); a deep copy of a leaf tensor clones
# its data and copies requires_grad and .grad, a non-leaf is refused with PyTorch's RuntimeError;
# a Parameter's deep copy is a new Parameter on cloned data with its requires_grad.
import torch


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, complex, str, bytes, type, range, type(Ellipsis),
           type(NotImplemented), property, type(len), type(lambda: None), torch.dtype, torch.device)


def _is_atomic(x):
    return isinstance(x, _ATOMIC) and type(x) in _ATOMIC or isinstance(x, type) or type(x).__name__ in (
        "function", "builtin_function_or_method", "code", "module")


def _state(x):
    # __reduce_ex__'s state: the instance dict, plus the values of __slots__ (3.11's object.__getstate__).
    state = dict(getattr(x, "__dict__", None) or {})
    for klass in type(x).__mro__:
        slots = klass.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name not in ("__dict__", "__weakref__") and name not in state and hasattr(x, name):
                state[name] = getattr(x, name)
    return state


def _reconstruct(x, memo, deep):
    cls = type(x)
    conv = (lambda v: deepcopy(v, memo)) if deep else (lambda v: v)
    if isinstance(x, tuple):
        args = x.__getnewargs__() if hasattr(cls, "__getnewargs__") else (tuple(x),)
        y = cls.__new__(cls, *[conv(a) for a in args])
    elif isinstance(x, (int, float, str)):
        base = int if isinstance(x, int) else float if isinstance(x, float) else str
        y = cls.__new__(cls, base(x))
    else:
        y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    state = _state(x)
    if state:
        state = conv(state)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        elif getattr(y, "__dict__", None) is not None:
            y.__dict__.update(state)
        else:
            for k, v in state.items():
                object.__setattr__(y, k, v)
    if isinstance(x, list):
        for item in x:
            y.append(conv(item))
    elif isinstance(x, dict):
        for key, value in x.items():
            y[conv(key)] = conv(value)
    return y


def _copy_tensor(x):
    if isinstance(x, torch.nn.Parameter):
        return torch.nn.Parameter(x.data, x.requires_grad)
    y = x.detach()
    if x.requires_grad:
        y.requires_grad_(True)
    return y


def copy(x):
    cls = type(x)
    if cls is list:
        return list(x)
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if cls in (tuple, frozenset) or _is_atomic(x):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    if isinstance(x, torch.Tensor):
        return _copy_tensor(x)
    if isinstance(x, (torch.ScriptObject, torch.Size)):
        return x
    return _reconstruct(x, None, False)


_nil = []


def _deepcopy_tensor(x, memo):
    if isinstance(x, torch.nn.Parameter):
        return torch.nn.Parameter(x.data.clone(), x.requires_grad)
    if not x.is_leaf:
        raise RuntimeError("Only Tensors created explicitly by the user (graph leaves) support the deepcopy "
                           "protocol at the moment.  If you were attempting to deepcopy a module, this may be "
                           "because of a torch.nn.utils.weight_norm usage, see "
                           "https://github.com/pytorch/pytorch/pull/103001")
    with torch.no_grad():
        y = x.clone()
    if x.requires_grad:
        y.requires_grad_(True)
    if x.grad is not None:
        y.grad = deepcopy(x.grad, memo)
    return y


def deepcopy(x, memo=None, _nil=_nil):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # A tuple whose items are unchanged is itself (it may have been copied meanwhile).
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = {deepcopy(a, memo) for a in x}
    elif cls is frozenset:
        y = frozenset(deepcopy(a, memo) for a in x)
    elif isinstance(x, torch.Size):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        elif isinstance(x, torch.Tensor):
            y = _deepcopy_tensor(x, memo)
        elif isinstance(x, torch.ScriptObject):
            y = torch._C._clone_script_object(x)
        else:
            y = _reconstruct(x, memo, True)
    if y is not x:
        memo[d] = y
    return y
