from typing import *
import typing
def t(fn, label):
    try: print(label, "->", fn())
    except Exception as e: print(label, "ERR", type(e).__name__, e)
class P(NamedTuple):
    x: int
    y: str = "a"
    def m(self): return self.x * 2
p = P(1)
print(p, p.m(), P._fields, P.__annotations__, P._field_defaults, isinstance(p, tuple), P.__mro__)
Q = NamedTuple('Q', [('a', int), ('b', List[int])])
print(Q(1, [2]), Q.__annotations__, Q.__module__)
class Movie(TypedDict, total=False):
    name: str
    year: int
class M2(Movie):
    extra: bool
m = Movie(name="x")
print(m, type(m), sorted(Movie.__optional_keys__), sorted(M2.__required_keys__), M2.__total__, Movie.__total__)
TD = TypedDict('TD', {'a': int, 'b': str})
print(TD(a=1, b='x'), TD.__annotations__, TD.__module__, sorted(TD.__required_keys__))
t(lambda: isinstance({}, Movie), "td isinstance")
t(lambda: typing.is_typeddict(Movie), "is_typeddict")
t(lambda: P(1)._replace(y="b"), "replace")
t(lambda: P._make([5, "z"]), "make")
t(lambda: P(2)._asdict(), "asdict")
@runtime_checkable
class Closer(Protocol):
    def close(self): ...
class F:
    def close(self): pass
t(lambda: isinstance(F(), Closer), "proto yes")
t(lambda: isinstance(1, Closer), "proto no")
class NR(Protocol):
    def f(self): ...
t(lambda: isinstance(F(), NR), "proto nonruntime")
t(lambda: NR(), "proto inst")
class Impl(NR):
    def __init__(self, v): self.v = v
    def f(self): return self.v
t(lambda: Impl(3).f(), "impl")
class Impl2(NR):
    pass
t(lambda: type(Impl2()).__name__, "impl2")
t(lambda: isinstance(3, SupportsInt), "SupportsInt")
t(lambda: isinstance("3", SupportsIndex), "SupportsIndex str")
t(lambda: isinstance(3.5, SupportsRound), "SupportsRound")
UserId = NewType('UserId', int)
t(lambda: (UserId, UserId(5), UserId.__supertype__, UserId.__name__), "NewType")
def f(a: int, b: "List[int]", c: Optional[str] = None) -> None: pass
t(lambda: get_type_hints(f), "hints f")
class A:
    x: int
    y: "Dict[str, int]"
    z: ClassVar[int] = 3
class B(A):
    w: Annotated[int, "meta"]
t(lambda: get_type_hints(B), "hints B")
t(lambda: get_type_hints(B, include_extras=True), "hints B extras")
t(lambda: (get_origin(List[int]), get_origin(Union[int, str]), get_origin(Literal[1]), get_origin(Annotated[int, 1]), get_origin(int), get_origin(list[int]), get_origin(int | str), get_origin(Generic)), "origin")
t(lambda: (get_args(Dict[str, int]), get_args(Callable[[int], str]), get_args(Callable[..., str]), get_args(Annotated[int, 1, 2]), get_args(int), get_args(int | str), get_args(Optional[int])), "args")
t(lambda: cast(int, "x"), "cast")
@overload
def g(x: int) -> int: ...
def g(x): return x
t(lambda: g(3), "overload")
@overload
def h(x: int) -> int: ...
t(lambda: h(3), "overload dummy")
@final
def fin(): pass
t(lambda: fin.__final__, "final")
t(lambda: typing.TYPE_CHECKING, "TC")
