"""Runtime use of typing: introspection-driven validation and serialization."""
from __future__ import annotations
import typing
from typing import (Annotated, Any, Dict, List, Literal, Optional, Self, Tuple, Union, get_args,
                    get_origin, get_type_hints, TypeAlias, ParamSpec, Concatenate, Callable, TypeGuard,
                    assert_never, NewType, Sequence, Mapping, Iterable, NoReturn, Never)
from dataclasses import dataclass, field, fields
import functools

UserId = NewType("UserId", int)
Json: TypeAlias = Union[Dict[str, "Json"], List["Json"], str, int, float, bool, None]
P = ParamSpec("P")
R = typing.TypeVar("R")


@dataclass
class Address:
    street: str
    city: str
    zip: Annotated[str, "5 digits"] = "00000"


@dataclass
class Person:
    id: UserId
    name: str
    age: Optional[int] = None
    tags: List[str] = field(default_factory=list)
    address: Optional[Address] = None
    role: Literal["admin", "user"] = "user"
    scores: Dict[str, float] = field(default_factory=dict)
    pair: Tuple[int, str] = (0, "")

    def with_name(self, name: str) -> Self:
        return Person(self.id, name, self.age, self.tags)


def check(value: Any, tp: Any, path: str = "$") -> List[str]:
    origin, args = get_origin(tp), get_args(tp)
    if tp is Any:
        return []
    if origin is Annotated:
        return check(value, args[0], path)
    if origin is Union:
        for a in args:
            if not check(value, a, path):
                return []
        return [f"{path}: {value!r} matches none of {[getattr(a, '__name__', str(a)) for a in args]}"]
    if origin is Literal:
        return [] if value in args else [f"{path}: {value!r} not in {args}"]
    if origin in (list, List):
        if not isinstance(value, list):
            return [f"{path}: expected list"]
        return [e for i, v in enumerate(value) for e in check(v, args[0], f"{path}[{i}]")]
    if origin in (dict, Dict):
        if not isinstance(value, dict):
            return [f"{path}: expected dict"]
        return [e for k, v in value.items() for e in check(k, args[0], f"{path}.key") + check(v, args[1], f"{path}.{k}")]
    if origin is tuple:
        if not isinstance(value, tuple) or len(value) != len(args):
            return [f"{path}: expected tuple of {len(args)}"]
        return [e for i, (v, a) in enumerate(zip(value, args)) for e in check(v, a, f"{path}[{i}]")]
    if hasattr(tp, "__supertype__"):
        return check(value, tp.__supertype__, path)
    if tp is type(None):
        return [] if value is None else [f"{path}: expected None"]
    if isinstance(tp, type):
        if hasattr(tp, "__dataclass_fields__"):
            if not isinstance(value, tp):
                return [f"{path}: expected {tp.__name__}"]
            hints = get_type_hints(tp, include_extras=True)
            return [e for f in fields(tp) for e in check(getattr(value, f.name), hints[f.name], f"{path}.{f.name}")]
        if tp is float and isinstance(value, int) and not isinstance(value, bool):
            return []
        return [] if isinstance(value, tp) else [f"{path}: expected {tp.__name__}, got {type(value).__name__}"]
    return [f"{path}: unsupported type {tp}"]


def logged(fn: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(fn)
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        print(f"-> {fn.__name__}{args}")
        return fn(*args, **kwargs)
    return inner


@logged
def area(w: float, h: float = 1.0) -> float:
    return w * h


def is_str_list(xs: List[object]) -> TypeGuard[List[str]]:
    return all(isinstance(x, str) for x in xs)


def handle(x: Union[int, str]) -> str:
    if isinstance(x, int):
        return "int"
    elif isinstance(x, str):
        return "str"
    else:
        assert_never(x)


people = [
    Person(UserId(1), "Ann", 30, ["a"], Address("Main St", "Springfield", "12345"), "admin", {"math": 9.5}, (1, "x")),
    Person(UserId(2), "Bob", "old", [1, "b"], None, "root", {"x": "high"}, (1, 2)),
    Person(UserId(3), "Cy", None, [], Address("Elm", 7), "user", {1: 2.0}),
]
for p in people:
    errs = check(p, Person)
    print(p.name, "OK" if not errs else errs)
print(area(3, 4), area.__name__, handle(1), handle("s"), is_str_list(["a"]), is_str_list([1]))
hints = get_type_hints(Person)
print(hints["age"], hints["tags"], hints["role"], hints["pair"])
print(get_type_hints(Address, include_extras=True)["zip"], get_type_hints(Address)["zip"])
print(get_origin(Dict[str, int]), get_args(Dict[str, int]), get_origin(Optional[int]), get_args(Optional[int]))
print(get_origin(list[int]), get_args(tuple[int, ...]), get_origin(Literal[1]), get_args(Literal[1, "a"]))
print(UserId(5), UserId, UserId.__name__, Person.__annotations__["age"], area.__annotations__)
print(people[0].with_name("Anne").name, P, P.args, Concatenate[int, P] if True else None)
print(typing.get_origin(Callable[[int], str]), typing.get_args(Callable[[int], str]))
print(Union[int, str] | None, int | str, (int | str).__args__, Optional[Union[int, str]])
print(typing.TYPE_CHECKING, Never, NoReturn, Sequence[int], Mapping[str, Any], Iterable)
try:
    assert_never(1)
except AssertionError as e:
    print("AssertionError:", e)
