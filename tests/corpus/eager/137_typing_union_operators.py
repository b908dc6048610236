# typing's aliases and special forms with | (3.11's _GenericAlias.__or__ / __ror__, _SpecialForm's,
# TypeVar's): typing.Union / typing.Optional results; Any, a class in 3.11, makes a types.UnionType.
import typing
from typing import List, Dict, Optional, Any, Union, TypeVar
T = TypeVar("T")
print(List[int] | None, None | List[int], int | List[int], List[int] | int, Dict[str, int] | List[int] | None)
print(List | None, Any | None, T | None, None | T, T | int, Optional[int] | str)
print(typing.get_origin(List[int] | None), typing.get_args(List[int] | None))
def f(x: List[int] | None = None, y: "int | None" = 3) -> Dict[str, int] | None: pass
print(f.__annotations__)
print(typing.get_type_hints(f))
print(int | Any, Any | list[int], type(Any | None))
