# copy: shallow and deep copies of the values the playground knows (Lib/copy.py, reduced).
# Instances of subclasses of tuple, list and dict are rebuilt as CPython's __reduce_ex__(4) and
# copy._reconstruct rebuild them: cls.__new__(cls, *__getnewargs__()), the __dict__ copied, list
# items appended and dict items set through the instance's own methods.
import torch


def _reconstruct(x, deep):
    cls = type(x)
    conv = deepcopy if deep else (lambda v: v)
    if isinstance(x, tuple):
        args = x.__getnewargs__() if hasattr(cls, "__getnewargs__") else (tuple(x),)
        y = cls.__new__(cls, *[conv(a) for a in args])
    else:
        y = cls.__new__(cls)
    state = getattr(x, "__dict__", None)
    if state:
        y.__dict__.update(conv(state))
    if isinstance(x, list):
        for item in x:
            y.append(conv(item))
    elif isinstance(x, dict):
        for key, value in x.items():
            y[conv(key)] = conv(value)
    return y


def copy(x):
    cls = type(x)
    if cls is list:
        return list(x)
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if isinstance(x, (list, dict)) or (isinstance(x, tuple) and cls is not tuple and not isinstance(x, torch.Size)):
        return _reconstruct(x, False)
    return x


def deepcopy(x, memo=None):
    cls = type(x)
    if cls is list:
        return [deepcopy(v) for v in x]
    if cls is tuple:
        return tuple([deepcopy(v) for v in x])
    if cls is dict:
        return {k: deepcopy(v) for k, v in x.items()}
    if isinstance(x, torch.Tensor):
        return x.clone()
    if isinstance(x, torch.ScriptObject):
        return torch._C._clone_script_object(x)
    if isinstance(x, (list, dict)) or (isinstance(x, tuple) and not isinstance(x, torch.Size)):
        return _reconstruct(x, True)
    return x
