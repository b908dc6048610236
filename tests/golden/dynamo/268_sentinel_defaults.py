# logs: graph_breaks,guards
# eager-equal
# Spec: docs/compiler-api.md §Function defaults — an inlined function's defaults are read through
# the function's source (DefaultsSource, `G['scaled'].__defaults__[0]`): a sentinel default
# (`opt=_MISSING`) is the same tracker as the global `_MISSING`, so `opt is _MISSING` is decided
# while tracing, with fullgraph=True; the default is guarded to stay that object
# (DUPLICATE_INPUT: `G['scaled'].__defaults__[0] is G['_MISSING']`), keyword-only defaults
# likewise (`__kwdefaults__['mode']`); literal defaults (ints) are not guarded
# (skip_guards_on_constant_func_defaults, True in 2.9). A method's sentinel default is read
# through the bound method (`L['m'].apply.__defaults__[0]`). Assigning `scaled.__defaults__`
# fails the guard and the function is traced again with the new default.
import torch

_MISSING = object()


class _Sentinel:
    def __repr__(self):
        return "<sentinel>"


DEFAULT = _Sentinel()


def scaled(x, factor=_MISSING, bias=0):
    if factor is _MISSING:
        return x + bias
    return x * factor + bias


def pick(x, *, mode=DEFAULT):
    if mode is DEFAULT:
        return x - 1
    return x * mode


@torch.compile(backend="eager", fullgraph=True)
def f(x):
    return scaled(x), scaled(x, 2), scaled(x, bias=5), pick(x), pick(x, mode=3)


x = torch.ones(2)
print(f(x))


class Model:
    def apply(self, x, opt=_MISSING):
        return x + 10 if opt is _MISSING else x + opt


@torch.compile(backend="eager", fullgraph=True)
def g(x, m):
    return m.apply(x), m.apply(x, 1)


print(g(x, Model()))
# Changing the default: the guard on the default fails, the function is traced again.
scaled.__defaults__ = (3, 0)
print(f(x))
