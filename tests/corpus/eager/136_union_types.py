# types.UnionType (Objects/unionobject.c): X | Y of classes, None and generic aliases; flattening,
# deduplication, repr, equality, isinstance / issubclass through the arguments, substitution.
import types, typing
u = int | None
print(u, type(u), u.__args__, u.__parameters__, None | int, int | str | None | int)
print(int | list[int], type(int | list[int]), list[int] | None, None | list[int], list[int] | list[int], list[int] | list[str])
print(int | int, (int | str) == (str | int), hash(int | str) == hash(str | int), (int | str) == int, int | (str | bytes))
print(isinstance(1, int | str), isinstance(None, int | None), isinstance(2.0, int | str), issubclass(bool, int | str))
try: isinstance([], int | list[int])
except TypeError as e: print(e)
try: int | "str"
except TypeError as e: print(e)
try: int | 3
except TypeError as e: print(e)
try: types.UnionType()
except TypeError as e: print(e)
T = typing.TypeVar("T")
print((int | list[T]).__parameters__, (int | list[T])[str], (int | list[T] | dict[str, T])[bytes])
print(typing.get_origin(int | str), typing.get_args(int | str | None))
def f(x: int | None = None, y: dict[str, int] | list[int] = None) -> str | None: pass
print(f.__annotations__)
print(types.UnionType, (int | str).__module__)
x = int
x |= str
print(x)
class M(type):
    def __or__(cls, other): return "M.__or__"
class K(metaclass=M): pass
print(K | int, int | K)
