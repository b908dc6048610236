# types.GenericAlias (Objects/genericaliasobject.c): list[int], dict[str, int], tuple[int, ...],
# type[X], their reprs, attributes (forwarded to the origin but for the alias's own), equality and
# hash, calls, isinstance errors, substitution of TypeVars, starred iteration (PEP 646), subclassing.
print(type[int], type(type[int]), '__class_getitem__' in type.__dict__)
print(repr(list[int]), repr(tuple[int, ...]), repr(dict[str, list[int]]), list[int].__module__, list[int].__name__, list[int].__qualname__)
print(list[int] == list[int], hash(list[int]) == hash(list[int]), list[int] == list, list[int].__class__)
print(list[()], tuple[()])
print(repr(list[None]), repr(list[...]), repr(list[lambda: 1]) [:30], repr(list['x']), repr(list[[int, str]]), list[1])
import typing
T = typing.TypeVar('T')
print(dict[str, T].__parameters__, dict[str, T][int], list[T][int])
try: list[int][int]
except TypeError as e: print(e)
try: isinstance([], list[int])
except TypeError as e: print(e)
try: issubclass(list, list[int])
except TypeError as e: print(e)
x = [*tuple[int, ...]]
print(x, x[0].__unpacked__, repr(x[0]), x[0] == tuple[int, ...], x[0].__origin__)
print(type(list[int].__args__))
print(list[int]([1,2]), dict[str,int](a=1))
print(list[int].append is list.append)
class A(list[int]): pass
print(A.__bases__, A.__orig_bases__)
print(typing.get_origin(list[int]), typing.get_args(dict[str, int]))
import types
print(types.GenericAlias(list, (int,)), types.GenericAlias(list, int), types.GenericAlias)
print(int.__class_getitem__ if hasattr(int, '__class_getitem__') else 'no')
try: int[str]
except TypeError as e: print(e)

class L(list): pass
print(L[int], L[int]([1]), type(L[int]([1])), list.__class_getitem__(int))
try: list.__class_getitem__()
except TypeError as e: print(e)
x = list[int]
print(x.__name__, x.__qualname__, x.__parameters__, x.__unpacked__, type(x).__module__)
try: types.GenericAlias(list)
except TypeError as e: print(e)
try: types.GenericAlias(list, int, x=1)
except TypeError as e: print(e)
print({list[int]: 1}[list[int]], list[int] != list[str], list[int] == tuple[int], set[int], frozenset[str])
def f(*args: *tuple[int, ...]): pass
print(f.__annotations__)
def g(a: list[int], b: dict[str, tuple[int, ...]] = None) -> type[int]: pass
print(g.__annotations__)
print(tuple[int, ...].__typing_unpacked_tuple_args__, next(iter(tuple[int, ...])).__typing_unpacked_tuple_args__)
print(typing.get_origin(dict[str, int]), typing.get_args(list[int]), typing.get_origin(int), typing.get_args(int))
print(dict[T, list[T]][int], list[T][None], tuple[T, ...][str])
try: dict[T, int][int, str]
except TypeError as e: print(e)
try: list[T][int, str, bytes]
except TypeError as e: print(e)
class C(dict[str, int]): pass
print(C.__mro__, C.__orig_bases__, C(a=1))
print(isinstance(1, (int, list[int])))
try: isinstance([], (str, list[int]))
except TypeError as e: print(e)
class A: pass
try: A[int]
except TypeError as e: print(e)
class B:
    def __class_getitem__(cls, item): return ("B", item)
print(B[int], B[int, str])
print(list[int].__class__, list[int].count is list.count)
try: list[int].nope
except AttributeError as e: print(e)
try: list[int].__copy__
except AttributeError as e: print(e)
print(ExceptionGroup[ValueError], BaseExceptionGroup[Exception])
it = iter(list[int])
print(type(it), type(it).__module__, type(it).__qualname__, repr(it)[:31], next(it), list(it), list(it))
