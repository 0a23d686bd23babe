import dataclasses
from dataclasses import dataclass, field, InitVar, asdict, astuple, replace
import collections


def t(fn, label):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "ERR", type(e).__name__, e)


@dataclass
class Base:
    x: int
    y: int = 10


@dataclass
class Derived(Base):
    z: int = 20
    y: int = 5


d = Derived(1)
print(d, [f.name for f in dataclasses.fields(d)], Derived.__match_args__)
print(Derived.__doc__)


@dataclass
class WithIV:
    a: int
    scale: InitVar[int] = 2
    b: int = field(init=False)

    def __post_init__(self, scale):
        self.b = self.a * scale


w = WithIV(3)
print(w, WithIV(3, 5), [f.name for f in dataclasses.fields(w)])
print(dataclasses.InitVar[int], InitVar[list])
t(lambda: replace(w, a=4), "replace initvar default")


@dataclass
class IV2:
    a: int
    k: InitVar[int]

    def __post_init__(self, k):
        print("post_init", self.a, k)


t(lambda: replace(IV2(1, 2), a=3), "replace initvar missing")
t(lambda: replace(IV2(1, 2), a=3, k=9), "replace initvar given")


@dataclass
class PI:
    a: int

    def __post_init__(self):
        print("post", self.a)


PI(4)


@dataclass
class Inner:
    v: int
    tags: list = field(default_factory=list)


Pair = collections.namedtuple("Pair", "left right")


@dataclass
class Outer:
    name: str
    inner: Inner
    items: list
    mapping: dict
    pair: Pair
    tup: tuple = ()


o = Outer("o", Inner(1, ["t"]), [Inner(2), 3], {"k": Inner(3)}, Pair(Inner(4), 5), (Inner(5),))
print(asdict(o))
print(astuple(o))
dd = asdict(o)
print(dd["inner"]["tags"] is o.inner.tags, type(dd["pair"]).__name__)
print(asdict(Inner(1), dict_factory=lambda kv: sorted(kv, reverse=True)))
print(astuple(Inner(1), tuple_factory=list))
t(lambda: asdict(Inner), "asdict class")
t(lambda: astuple(3), "astuple int")
t(lambda: dataclasses.fields(3), "fields int")

i1 = Inner(1, [2])
i2 = replace(i1, v=9)
print(i1, i2, i1.tags is i2.tags)
t(lambda: replace(i1, zz=1), "replace bad")


@dataclass
class NoInit:
    a: int
    b: int = field(init=False, default=3)


t(lambda: replace(NoInit(1), b=2), "replace init false")
print(replace(NoInit(1), a=2))

# Errors raised when the class is decorated.


def define_bad_order():
    @dataclass
    class Bad:
        a: int = 1
        b: int


def define_mutable():
    @dataclass
    class Bad:
        a: list = []


def define_mutable_dict():
    @dataclass
    class Bad:
        a: dict = {}


def define_both():
    field(default=1, default_factory=list)


def define_no_annotation():
    @dataclass
    class Bad:
        a = field(default=1)


def define_order_no_eq():
    @dataclass(order=True, eq=False)
    class Bad:
        a: int


def define_frozen_from_nonfrozen():
    @dataclass(frozen=True)
    class Bad(Base):
        q: int = 0


@dataclass(frozen=True)
class FB:
    a: int


def define_nonfrozen_from_frozen():
    @dataclass
    class Bad(FB):
        q: int = 0


def define_overwrite_order():
    @dataclass(order=True)
    class Bad:
        a: int

        def __lt__(self, other):
            return True


def define_unsafe_hash_explicit():
    @dataclass(unsafe_hash=True)
    class Bad:
        a: int

        def __hash__(self):
            return 1


def define_double_kw_only():
    @dataclass
    class Bad:
        a: int
        _: dataclasses.KW_ONLY
        b: int
        __: dataclasses.KW_ONLY


for fn in [define_bad_order, define_mutable, define_mutable_dict, define_both,
           define_no_annotation, define_order_no_eq, define_frozen_from_nonfrozen,
           define_nonfrozen_from_frozen, define_overwrite_order,
           define_unsafe_hash_explicit, define_double_kw_only]:
    t(fn, fn.__name__)


@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)


root = Node(1)
root.children.append(root)
print(root)


@dataclass(kw_only=True)
class KWO:
    a: int
    b: int = 2


print(KWO(a=1), KWO.__match_args__)
t(lambda: KWO(1), "kwonly positional")


@dataclass
class MixedKW:
    a: int = field(kw_only=True)
    b: int = 0


print(MixedKW(5, a=1), MixedKW.__doc__)


@dataclass
class Meta:
    a: int = field(default=1, metadata={"unit": "m"})


print(dataclasses.fields(Meta)[0].metadata["unit"])
print(dataclasses.MISSING is dataclasses.fields(Meta)[0].default_factory)
