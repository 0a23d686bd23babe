import dataclasses
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY, FrozenInstanceError, MISSING
import typing
from typing import ClassVar, List, Optional
import inspect
import pickle
import copy
import re


def noaddr(text):
    return re.sub(r'0x[0-9a-f]+', '0x...', str(text))


@dataclass
class Plain:
    x: int
    y: 'list[int]' = field(default_factory=list)
    z: Optional[int] = None
    tag: typing.Dict[str, 'Plain'] = field(default_factory=dict, metadata={'k': 1})


print(Plain.__doc__)
print(inspect.signature(Plain), inspect.signature(Plain.__init__))
print(Plain.__init__.__annotations__)
print(Plain.__init__.__defaults__, Plain.__init__.__name__, Plain.__init__.__qualname__)
print(Plain.__repr__.__name__, Plain.__repr__.__qualname__, Plain.__repr__.__wrapped__.__qualname__)
print(Plain.__eq__.__qualname__, Plain.__hash__, Plain.__match_args__)
f = fields(Plain)[3]
print(noaddr(f))
print(f.metadata, f.metadata['k'], type(f.metadata).__name__)
try:
    f.metadata['j'] = 2
except TypeError as e:
    print('TypeError', e)
print(dataclasses.fields(Plain(1))[0].name, repr(MISSING)[:30], repr(KW_ONLY)[:31])
print(noaddr(field()), field(default=1).default)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print('ValueError', e)


@dataclass(order=True, frozen=True)
class Frozen:
    a: int
    b: str = 'b'
    c: ClassVar[int] = 5
    d: 'ClassVar[int]' = 6
    e: 'typing.ClassVar' = 7


fz = Frozen(1)
print(fz, hash(fz) == hash((1, 'b')), Frozen.c, [f.name for f in fields(Frozen)])
print(sorted([Frozen(2), Frozen(1, 'z'), Frozen(1, 'a')]))
print(Frozen(1) < Frozen(2), Frozen(1) <= Frozen(1), Frozen(1) > Frozen(0), Frozen(1) >= Frozen(3))
print(Frozen(1).__lt__(3), Frozen(1) == Frozen(1, 'b'), Frozen(1) != Frozen(1, 'c'))
for action in (lambda: setattr(fz, 'a', 3), lambda: delattr(fz, 'b'), lambda: setattr(fz, 'new', 1)):
    try:
        action()
    except FrozenInstanceError as e:
        print('FrozenInstanceError', e, isinstance(e, AttributeError))
print(copy.copy(fz), copy.deepcopy(fz), pickle.loads(pickle.dumps(fz)))


class Sub(Frozen):
    pass


s = Sub(1)
try:
    s.extra = 1
    print('set extra', s.extra)
except FrozenInstanceError as e:
    print('FrozenInstanceError', e)


@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 2
    total: int = field(init=False)
    log: list = field(init=False, default_factory=list, repr=False)
    hidden: int = field(default=3, repr=False, compare=False)

    def __post_init__(self, scale):
        self.total = self.a * scale
        self.log.append(scale)


w = WithInit(5)
print(w, w.total, w.log, WithInit(5, 3).total, WithInit.__match_args__, WithInit.__doc__)
print(WithInit(5) == WithInit(5, hidden=9), [f.name for f in fields(WithInit)])
print(dataclasses.replace(w, a=7), dataclasses.replace(w, scale=10).total)
try:
    dataclasses.replace(w, total=1)
except ValueError as e:
    print('ValueError', e)


@dataclass
class NeedsInitVar:
    x: InitVar[int]

    def __post_init__(self, x):
        self.y = x


try:
    dataclasses.replace(NeedsInitVar(1))
except ValueError as e:
    print('ValueError', e)
print(InitVar[int], InitVar[List[int]], InitVar['str'], InitVar[list[int]])


@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 0
    c: int = field(kw_only=False, default=4)
    d: int = field(default=1)


print(KW.__doc__, KW.__match_args__, KW(1, 2, b=3), inspect.signature(KW))


@dataclass(kw_only=True)
class AllKW:
    a: int
    b: int = field(kw_only=False)


print(AllKW.__doc__, AllKW(2, a=1))


@dataclass(eq=False)
class NoEq:
    a: int


print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)


@dataclass(unsafe_hash=True)
class Hashy:
    a: int
    b: list = field(default_factory=list, hash=False)
    c: int = field(default=0, compare=False, hash=True)


print(hash(Hashy(1)) == hash((1, 0)), Hashy.__hash__.__qualname__)


@dataclass
class ExplicitHash:
    a: int

    def __hash__(self):
        return 42


print(hash(ExplicitHash(1)))
try:
    @dataclass(unsafe_hash=True)
    class Clash:
        a: int

        def __hash__(self):
            return 1
except TypeError as e:
    print('TypeError', e)
try:
    @dataclass(order=True)
    class Clash2:
        a: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print('TypeError', e)
for bad in ('order_no_eq', 'mutable', 'no_annotation', 'kw_twice', 'frozen_mix', 'thaw_mix',
            'nondefault', 'classvar_factory', 'classvar_kw', 'weakref'):
    try:
        if bad == 'order_no_eq':
            dataclass(order=True, eq=False)(type('T', (), {'__annotations__': {'a': int}}))
        elif bad == 'mutable':
            @dataclass
            class M:
                a: list = []
        elif bad == 'no_annotation':
            @dataclass
            class N:
                a = field(default=1)
        elif bad == 'kw_twice':
            @dataclass
            class K2:
                _: KW_ONLY
                __: KW_ONLY
        elif bad == 'frozen_mix':
            @dataclass
            class FM(Frozen):
                q: int = 0
        elif bad == 'thaw_mix':
            @dataclass(frozen=True)
            class TM(Plain):
                pass
        elif bad == 'nondefault':
            @dataclass
            class ND:
                a: int = 1
                b: int
        elif bad == 'classvar_factory':
            @dataclass
            class CF:
                a: ClassVar[list] = field(default_factory=list)
        elif bad == 'classvar_kw':
            @dataclass
            class CK:
                a: ClassVar[int] = field(default=1, kw_only=True)
        elif bad == 'weakref':
            @dataclass(weakref_slot=True)
            class WR:
                a: int
    except (TypeError, ValueError) as e:
        print(bad, type(e).__name__, e)


@dataclass(slots=True)
class Slotted:
    a: int
    b: int = 2


sl = Slotted(1)
print(Slotted.__slots__, sl, hasattr(sl, '__dict__'), Slotted.__qualname__, Slotted.__doc__)
try:
    sl.c = 3
except AttributeError as e:
    print('AttributeError', e)


@dataclass(slots=True, frozen=True, weakref_slot=True)
class SlottedFrozen:
    a: int


sf = SlottedFrozen(3)
print(SlottedFrozen.__slots__, pickle.loads(pickle.dumps(sf)), sf.__getstate__())
import weakref
print(weakref.ref(sf)() is sf)


@dataclass
class Base:
    a: int = 1
    b: int = 2


@dataclass
class Derived(Base):
    c: int = 3
    a: int = 10


print(Derived(), Derived.__doc__, [f.name for f in fields(Derived)])


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


root = Node(1, [Node(2), Node(3, [Node(4)])])
root.children.append(root)
print(repr(root))
root.children.pop()
print(dataclasses.asdict(root))
print(dataclasses.astuple(root))
print(dataclasses.asdict(root, dict_factory=lambda pairs: dict(reversed(pairs))))
Pair = typing.NamedTuple('Pair', [('p', int), ('q', Node)])


@dataclass
class Holder:
    pair: tuple
    mapping: dict
    items: tuple


h = Holder(Pair(1, Node(5)), {'k': Node(6)}, (Node(7), [Node(8)]))
print(dataclasses.asdict(h))
print(dataclasses.astuple(h))
for bad in (lambda: dataclasses.asdict(Node), lambda: dataclasses.astuple(3), lambda: dataclasses.replace(3),
            lambda: fields(3)):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
print(dataclasses.is_dataclass(Node), dataclasses.is_dataclass(root), dataclasses.is_dataclass(dict))

C = dataclasses.make_dataclass('C', ['x', ('y', int), ('z', int, field(default=5))],
                               namespace={'double': lambda self: self.y * 2}, order=True)
c = C(1, 2)
print(c, c.double(), C.__module__, C.__doc__, C.__annotations__, C(1, 2) < C(1, 3))
for spec in (['a', 'a'], ['class'], ['1x'], [('a', int, 1, 2)], [3]):
    try:
        dataclasses.make_dataclass('Bad', spec)
    except TypeError as e:
        print('TypeError', e)
D = dataclasses.make_dataclass('D', [('v', int, 0)], bases=(Base,), frozen=False)
print(D(), D.__mro__[1].__name__)


@dataclass
class SelfField:
    self: int
    other: int = 0


print(SelfField(1), inspect.signature(SelfField.__init__))


@dataclass
class Documented:
    """Has its own doc."""
    a: int


print(Documented.__doc__)


@dataclass(init=False)
class NoInit:
    a: int = 0

    def __init__(self, value):
        self.a = value * 2


print(NoInit(4), NoInit.__doc__)


@dataclass(repr=False, eq=False, match_args=False)
class Minimal:
    a: int


print(repr(Minimal(1))[:17], hasattr(Minimal, '__match_args__'))


class Desc:
    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner=None):
        return 'desc-' + self.name


@dataclass
class UsesDesc:
    d: str = field(default=Desc())


print(UsesDesc.__dict__['d'].name if isinstance(UsesDesc.__dict__['d'], Desc) else UsesDesc.d)
print(UsesDesc.__dataclass_params__, Plain.__dataclass_fields__['x']._field_type)


@dataclass
class RecursiveList:
    items: list = field(default_factory=list)


r = RecursiveList()
r.items.append(r)
print(r)
