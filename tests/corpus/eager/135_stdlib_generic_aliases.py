# __class_getitem__ of the standard library classes that have one in CPython 3.11 (types.GenericAlias;
# collections.abc.Callable's _CallableGenericAlias), typing.get_origin / get_args over them.
import collections, collections.abc as cabc, functools, contextlib, dataclasses, re, itertools, typing
print(collections.deque[int], collections.defaultdict[str, int], collections.OrderedDict[str, int], collections.Counter[str])
print(cabc.Iterable[int], cabc.Mapping[str, int], cabc.Sequence[int], cabc.Callable[[int], str], cabc.Callable[..., int])
print(type(cabc.Callable[[int], str]), cabc.Callable[[int], str].__args__, typing.get_args(cabc.Callable[[int], str]))
print(functools.partial[int], contextlib.AbstractContextManager[int], dataclasses.Field[int], re.Pattern[str], itertools.chain[int])
print(typing.List[list[int]], typing.Optional[list[int]])
print(typing.get_args(cabc.Callable[..., int]), typing.get_origin(cabc.Callable[[int], str]) is cabc.Callable)
print(cabc.Iterable[int].__origin__ is cabc.Iterable, cabc.MutableMapping[str, int], collections.ChainMap[str, int])
print(collections.UserList[int], collections.deque[int]([1, 2]), collections.defaultdict[str, int](int))
T = typing.TypeVar("T")
print(cabc.Mapping[str, T][int], cabc.Callable[[T], T].__parameters__)
