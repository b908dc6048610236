# inspect: signature() of functions (every parameter kind, defaults, annotations, return
# annotation), lambdas, bound methods, classes, callable instances, functools.wraps wrappers and
# __signature__; Parameter / Signature construction, str and repr, validation errors, replace;
# bind / bind_partial with their TypeError texts, BoundArguments.args / kwargs / apply_defaults;
# the is* predicates, getmembers, getdoc / cleandoc, isabstract. (signature(len) is left out:
# builtins have no signatures in the playground.)
import functools
import inspect
from abc import ABC, abstractmethod
from inspect import Parameter, Signature


def f(a, b: int = 1, /, c=2, *args, d, e: "str" = "x", **kw) -> int:
    """Add things.

        Indented detail.
    """
    return a


sig = inspect.signature(f)
print(sig)
print(repr(sig))
print(sig.parameters)
print(list(sig.parameters), sig.return_annotation, sig.parameters["b"].annotation, sig.parameters["c"].default)
for p in sig.parameters.values():
    print(repr(p), p.name, p.kind, repr(p.kind), p.kind.description, int(p.kind),
          p.default is Parameter.empty, p.annotation is inspect.Signature.empty)
print(inspect.signature(lambda x, *, y=3: 0), inspect.signature(lambda: 0), inspect.signature(lambda *a, **k: 0))
print(inspect.signature(lambda a=[1], b=None, c=float, d="s", e=(1, 2): 0))
print(Parameter.empty, Parameter.empty is Signature.empty, Parameter.KEYWORD_ONLY > Parameter.VAR_POSITIONAL)


class Point:
    def __init__(self, x, y=0, *, label=None):
        self.x = x

    def move(self, dx, dy=0):
        return dx

    @classmethod
    def origin(cls, dim=2):
        return cls(0)

    @staticmethod
    def helper(z):
        return z

    def __call__(self, scale):
        return scale


print(inspect.signature(Point), inspect.signature(Point.move), inspect.signature(Point(1).move))
print(inspect.signature(Point.origin), inspect.signature(Point.helper), inspect.signature(Point(1)))


class Empty:
    pass


class WithNew:
    def __new__(cls, n, *rest):
        return super().__new__(cls)


print(inspect.signature(Empty), inspect.signature(WithNew))


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@deco
def wrapped(p, q=2):
    return p


print(inspect.signature(wrapped), inspect.signature(wrapped, follow_wrapped=False), inspect.unwrap(wrapped).__name__)


def custom(*args):
    pass


custom.__signature__ = Signature([Parameter("alpha", Parameter.POSITIONAL_OR_KEYWORD, default=5)])
print(inspect.signature(custom), Signature.from_callable(f) == sig)

params = [Parameter("a", Parameter.POSITIONAL_ONLY), Parameter("b", Parameter.POSITIONAL_OR_KEYWORD, default=2),
          Parameter("rest", Parameter.VAR_POSITIONAL), Parameter("k", Parameter.KEYWORD_ONLY, annotation=float),
          Parameter("opts", Parameter.VAR_KEYWORD, annotation=dict)]
made = Signature(params, return_annotation=list)
print(made, made.replace(return_annotation=Signature.empty), made.parameters["b"].replace(default=9, name="bee"))
print(Signature([Parameter("k", Parameter.KEYWORD_ONLY)]), Signature([Parameter("q", Parameter.POSITIONAL_ONLY)]))
print(Parameter("x", Parameter.KEYWORD_ONLY, default=3, annotation=int) == Parameter("x", 3, default=3, annotation=int))
for bad in (lambda: Parameter("1x", Parameter.POSITIONAL_ONLY),
            lambda: Parameter("a", Parameter.VAR_POSITIONAL, default=1),
            lambda: Parameter("a", 7),
            lambda: Parameter(3, Parameter.KEYWORD_ONLY),
            lambda: Signature([Parameter("a", 2), Parameter("b", 1)]),
            lambda: Signature([Parameter("a", 1, default=1), Parameter("b", 1)]),
            lambda: Signature([Parameter("a", 1), Parameter("a", 3)]),
            lambda: inspect.signature(3)):
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


def g(a, b, /, c, d=4, *rest, e, f=6, **more):
    pass


gs = inspect.signature(g)
ba = gs.bind(1, 2, 3, e=5)
print(ba, ba.arguments, ba.args, ba.kwargs)
ba.apply_defaults()
print(ba, ba.args, ba.kwargs)
ba = gs.bind(1, 2, 3, 4, 5, 6, e=7, z=8)
print(ba.arguments, ba.args, ba.kwargs, ba.signature is gs)
print(gs.bind_partial(1), gs.bind_partial(c=3, e=1).arguments, inspect.signature(lambda a, b=2, *c, **d: 0).bind(1, 5, 6, x=1))
for args, kwargs in (((1,), {}), ((1, 2), {"c": 3}), ((1, 2, 3), {"c": 3, "e": 1}), ((), {"a": 1, "b": 2}),
                     ((1, 2, 3, 4), {"e": 1, "d": 2}), ((1, 2, 3), {"e": 1, "f": 2, "f2": 3})):
    try:
        print(gs.bind(*args, **kwargs))
    except TypeError as e:
        print("TypeError", e)
h = inspect.signature(lambda a, b: 0)
for args, kwargs in (((1, 2, 3), {}), ((1,), {"a": 2}), ((1,), {"c": 2}), ((), {})):
    try:
        print(h.bind(*args, **kwargs))
    except TypeError as e:
        print("TypeError", e)


def gen():
    yield 1


async def coro():
    pass


class Base(ABC):
    @abstractmethod
    def run(self):
        ...


print(inspect.isfunction(f), inspect.isfunction(len), inspect.isbuiltin(len), inspect.ismethod(Point(1).move),
      inspect.ismethod(Point.move), inspect.isclass(Point), inspect.isclass(Point(1)), inspect.ismodule(inspect),
      inspect.isroutine(len), inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(f),
      inspect.iscoroutinefunction(coro), inspect.isgenerator(gen()), inspect.isabstract(Base), inspect.isabstract(Point))
c = coro()
print(inspect.iscoroutine(c))
c.close()
print([name for name, _ in inspect.getmembers(Point(1), inspect.ismethod)])
print([name for name, _ in inspect.getmembers(Point, inspect.isfunction)])
print(repr(inspect.getdoc(f)), inspect.getdoc(Empty), repr(inspect.cleandoc("  first\n      second\n    third\n\n")))
