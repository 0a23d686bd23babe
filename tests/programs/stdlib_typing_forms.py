# typing: subscription caches, Literal values, Pattern and Match, overload registry,
# NewType subclassing, generic NamedTuple and TypedDict, forward references,
# protocols, substitution of ParamSpecs, pickling and copying, introspection.
import copy
import pickle
import sys
import typing
from typing import *


def t(fn, label):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "ERR", type(e).__name__, e)


T = TypeVar('T')
S = TypeVar('S')
P = ParamSpec('P')
t(lambda: (List[int] is List[int], Union[int, str] is Union[int, str], Optional[int] is Optional[int]), "cache")
t(lambda: (Literal[1] == Literal[True], Literal[1, 2] == Literal[2, 1], hash(Literal[1]) == hash(Literal[1])), "literal eq")
t(lambda: Literal[Literal[1, 2], 3, Literal[1]], "literal flatten")
t(lambda: Literal[[1], [1]], "literal unhashable")
t(lambda: Literal[1, True, 1.0, 1], "literal types")
t(lambda: (Pattern, Match, Pattern[str], Match[bytes], Pattern.__origin__), "re aliases")
t(lambda: (List.__doc__, Iterable.__doc__, Deque.__doc__), "docs")
t(lambda: type(List[int]).__name__ + ' ' + type(List).__name__ + ' ' + type(Union[int, str]).__name__ + ' ' + type(Callable[[int], int]).__name__, "alias types")


@overload
def over(x: int) -> int: ...
@overload
def over(x: str) -> str: ...
def over(x):
    return x


t(lambda: [f.__name__ for f in get_overloads(over)], "get_overloads")
clear_overloads()
t(lambda: get_overloads(over), "cleared")
UserId = NewType('UserId', int)


def subclass_newtype():
    class Admin(UserId):
        pass


t(subclass_newtype, "NewType subclass")
t(lambda: (repr(NewType('a.b.C', int)), NewType('a.b.C', int).__name__, UserId | None), "NewType names")


class Pair(NamedTuple, Generic[T]):
    left: T
    right: T


t(lambda: (Pair(1, 2), Pair[int], Pair.__parameters__, Pair.__orig_bases__[1]), "generic namedtuple")
t(lambda: NamedTuple('N', [('a', int)], b=str), "nt both")
t(lambda: NamedTuple('N', a=int, b=str)._fields, "nt kwargs")


def bad_nt():
    class Bad(NamedTuple):
        a: int = 1
        b: str


t(bad_nt, "nt default order")


def bad_nt2():
    class Bad(NamedTuple):
        a: int

        def _asdict(self):
            return {}


t(bad_nt2, "nt prohibited")
t(lambda: type(NamedTuple).__name__ + ' ' + type(TypedDict).__name__, "function kinds")
import warnings
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    KW = TypedDict('KW', x=int, y=str)
    print([str(w.message)[:40] for w in log], KW.__annotations__)


class GTD(TypedDict, Generic[T]):
    item: T
    note: NotRequired[str]
    tag: Annotated[Required[int], 'meta']


t(lambda: (GTD.__mro__, GTD.__parameters__, sorted(GTD.__required_keys__), sorted(GTD.__optional_keys__)), "generic typeddict")


class Partial(TypedDict, total=False):
    a: int
    b: Required[str]


class Sub(Partial):
    c: NotRequired[bool]
    a: int


t(lambda: (sorted(Partial.__required_keys__), sorted(Sub.__required_keys__), sorted(Sub.__optional_keys__), Sub.__total__), "td keys")
t(lambda: is_typeddict(Partial) and not is_typeddict(dict), "is_typeddict")


def bad_td():
    class Bad(TypedDict, int):
        pass


t(bad_td, "td bad base")
t(lambda: ForwardRef('1 +'), "fwd syntax")
t(lambda: ForwardRef(5), "fwd type")
t(lambda: (ForwardRef('int') == ForwardRef('int'), ForwardRef('int', module='m'), hash(ForwardRef('x')) == hash(ForwardRef('x'))), "fwd eq")


def f(a: list['int'], b: 'Optional[List[T]]', c: dict[str, 'float'], d: 'int | None') -> 'Callable[[int], str]':
    pass


t(lambda: get_type_hints(f), "hints builtin generic")
t(lambda: get_type_hints(f, include_extras=True)['a'], "hints extras")
t(lambda: get_type_hints(len), "hints builtin")
t(lambda: get_type_hints(sys), "hints module")
t(lambda: get_type_hints(5), "hints bad")


@runtime_checkable
class HasX(Protocol):
    x: int

    def method(self): ...


class WithX:
    x = 1

    def method(self):
        pass


t(lambda: isinstance(WithX(), HasX), "data proto isinstance")
t(lambda: issubclass(WithX, HasX), "data proto issubclass")


@runtime_checkable
class Meth(Protocol):
    def run(self): ...


class Runner:
    def run(self):
        pass


class Blocked:
    run = None


t(lambda: (issubclass(Runner, Meth), issubclass(Blocked, Meth), isinstance(Blocked(), Meth), issubclass(int, Meth)), "method proto")
t(lambda: issubclass(1, Meth), "issubclass non-class")


def bad_proto():
    class BadP(Protocol, int):
        pass


t(bad_proto, "proto bad base")


class IntLike(SupportsInt):
    pass


t(lambda: IntLike(), "abstract supports")
t(lambda: (SupportsInt.__abstractmethods__, SupportsAbs.__parameters__, SupportsAbs[int]), "supports")
t(lambda: (hasattr(IO, 'read'), TextIO.__mro__, BinaryIO.__parameters__, IO.__parameters__, IO[str]), "io")
t(lambda: runtime_checkable(int), "runtime_checkable bad")
alias = List[int]
t(lambda: (copy.copy(T) is T, copy.deepcopy(P) is P, copy.copy(alias) == alias), "copies")
t(lambda: [pickle.loads(pickle.dumps(x)) == x for x in (List[int], Union[int, str], Callable[[int], str], Optional[int], Annotated[int, 1], Dict[str, List[int]], Literal[1], Tuple[int, ...], ClassVar[int])], "pickle")
t(lambda: pickle.loads(pickle.dumps(T)) is T, "pickle typevar")


class Z(Generic[P]):
    pass


class ZT(Generic[T, P]):
    pass


t(lambda: (Z[int, str], Z[[int, str]], Z[...], Z[P], ZT[int, [str, bool]], ZT[int, ...]), "paramspec generic")
t(lambda: (Callable[P, T][[int, str], bool], Callable[P, T][..., int], Callable[Concatenate[int, P], T][[str], bool]), "callable subst")
t(lambda: Callable[Concatenate[int, P], T][P, T], "concat keep")
t(lambda: Z[int], "Z single")
t(lambda: ZT[int], "ZT few")
t(lambda: (P.args, P.kwargs, P.args == P.args, P.args == P.kwargs, get_origin(P.args)), "ps parts")
t(lambda: (repr(Callable[..., None]), repr(Callable[[], int]), repr(Callable[P, int]), repr(Callable[Concatenate[int, P], int])), "callable reprs")
t(lambda: (isinstance(1, Union[int, str]), isinstance('a', Optional[int]), issubclass(bool, Union[int, str])), "union checks")
t(lambda: isinstance([], List[int]), "alias isinstance")
t(lambda: (issubclass(list, List), issubclass(List, Sequence), isinstance([], List), isinstance({}, Mapping)), "special alias checks")
t(lambda: (Union[int, None], Union[None, int], Union[int, str, None], Optional[None], Optional[Optional[int]]), "optional reprs")
t(lambda: (get_args(Callable[P, int]), get_args(Concatenate[int, P]), get_origin(Concatenate[int, P]), get_origin(ClassVar[int]), get_args(Literal[1, 'a'])), "introspection")


class Base:
    a: int

    def m(self) -> 'Undefined':
        pass

    class Inner:
        def g(self) -> 'Nope':
            pass


no_type_check(Base)
t(lambda: (Base.m.__no_type_check__, Base.Inner.g.__no_type_check__, get_type_hints(Base)), "no_type_check")


def deco(fn):
    return fn


wrapped = no_type_check_decorator(deco)
t(lambda: (wrapped.__name__, wrapped(lambda: 1).__no_type_check__), "no_type_check_decorator")


@dataclass_transform(kw_only_default=True, custom=1)
def model(cls):
    return cls


t(lambda: model.__dataclass_transform__, "dataclass_transform")
t(lambda: assert_never('x' * 150), "assert_never")
t(lambda: assert_type(5, int), "assert_type")
t(lambda: (List.__name__, List[int].__name__, Annotated[int, 1].__name__, ClassVar.__name__, Union.__qualname__), "names")
t(lambda: setattr(List[int], 'custom_attr', 5), 'alias setattr builtin')
class Own:
    pass
setattr(Dict[str, int] if False else typing._GenericAlias(Own, (int,)), 'custom_attr', 5)
t(lambda: list.__dict__.get('custom_attr', 'not set'), "alias setattr")
t(lambda: type(Generic()).__name__, "Generic()")
t(lambda: type(Protocol()).__name__, "Protocol()")
t(lambda: Any(), "Any()")


class MyAny(Any):
    pass


t(lambda: (type(MyAny()).__name__, issubclass(MyAny, Any), repr(MyAny)), "Any subclass")
t(lambda: TypeVar('T', bound=int, covariant=True, contravariant=True), "bivariant")
t(lambda: (TypeVar('X', int, str).__constraints__, TypeVar('Y', bound='int').__bound__), "tv details")
t(lambda: (Generic[T].__origin__, Generic[T] == Generic[T], Protocol[T]), "generic alias")
t(lambda: Generic[T][int], "generic subscript again")
t(lambda: (Tuple[()], Tuple[int, ...].__args__, Tuple[int][()] if False else None), "tuple")
t(lambda: (Type[T][int], Dict[T, S][int, str], Dict[T, List[S]][int][str] if False else None), "subst more")
t(lambda: List[T][ClassVar[int]], "subst classvar")
t(lambda: List[T][Final[int]], "subst final")
t(lambda: ClassVar[Final[int]], "nested forms")
t(lambda: Final[ClassVar[int]], "nested forms 2")
t(lambda: Annotated[ClassVar[int], 1], "annotated classvar")
t(lambda: Union[ClassVar[int], int], "union classvar")
sys.stderr = sys.stdout
t(lambda: typing.reveal_type(5), "reveal_type")
sys.stderr = sys.__stderr__
