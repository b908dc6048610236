# typing for annotations: aliases and special forms, subscripting and reprs, get_origin/get_args,
# TypeVar, Generic, NamedTuple (class and functional forms), cast, TYPE_CHECKING.
from typing import *
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, None], Union[int, str, None], Callable[[int, str], float], Callable[..., int], Tuple[int, ...], Tuple[()], List, Any, TypeVar('T'), List[TypeVar('T')], Literal[1, 'a'], Type[int], Iterable[int], Optional[List[int]], Union[int], Union[int, int, str])
print(get_origin(List[int]), get_args(Dict[str, int]), Set[int], FrozenSet[str], Sequence[int], Mapping[str, int], Iterator[int], Generator[int, None, None], ClassVar[int], Final[int])
T = TypeVar('T')
class Stack(Generic[T]): pass
print(Stack[int], Stack.__mro__)
class Pt(NamedTuple):
    x: int
    y: float = 0.5
print(Pt(1), Pt(1, 2), Pt._fields, Pt(3)._asdict(), Pt(1) == (1, 0.5))
P2 = NamedTuple('P2', [('a', int), ('b', str)])
print(P2(1, 'x'))
print(repr(Any), repr(Union), repr(Optional), Callable, Tuple, Dict, NoReturn)
def f(x: List[int], y: Optional[str] = None) -> Dict[str, int]:
    return {y or "k": sum(x)}
print(f([1, 2]), f.__annotations__)
x, y = Pt(5, 6)
print(x, y, Pt(1, 2)[1], len(Pt(1)), cast(int, "s"), TYPE_CHECKING)
