# enum details: auto in tuples, member/nonmember, _order_ with aliases, flag names, boundaries.
import enum
from enum import Enum, Flag, IntFlag, IntEnum, StrEnum, auto, member, nonmember, unique
import pickle, copy

def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

class D(Enum):
    X = (auto(), 'x')
    Y = (auto(), 'y')
print(list(D), D.Y.value)

class E(Enum):
    a = 1
    b = nonmember(3)
    @member
    def c(self):
        return 'called'
    _E__hidden = 9
print([m.name for m in E], E.b, E._E__hidden, E.c.value(None))

attempt('gnv late', lambda: type(Enum)('Late', (Enum,), {}) and None)
try:
    class Late(Enum):
        A = auto()
        def _generate_next_value_(name, start, count, last_values):
            return name
except TypeError as e:
    print('TypeError', e)

class I(Enum):
    A = 1
    B = 1
    C = 2
    _order_ = 'A B C'
print(list(I), I.B is I.A, I._member_names_)
try:
    class Bad(Enum):
        A = 1
        B = 2
        _order_ = 'B A'
except TypeError as e:
    print('TypeError', e)

class G(Flag):
    A = 1
    B = 2
    AB = 3
    C = 4
print(G(7), G(5), list(G(7)), G._flag_mask_, ~G.AB, ~G.C, G(0), repr(G(0)), len(G(7)))
class K(Flag, boundary=enum.KEEP):
    A = 1
    B = 6
    C = 8
print(K(15), K(9), K(14), K(26), list(K(9)), repr(K(16)), K(16)._name_)
class Shuffled(Flag):
    B = 2
    A = 1
print(list(Shuffled), list(Shuffled(3)), Shuffled(3))
class Conf(Flag, boundary=enum.CONFORM):
    A = 1
    B = 2
print(Conf(7), Conf(-1), Conf(4))
class Ej(Flag, boundary=enum.EJECT):
    A = 1
    B = 2
print(Ej(7), type(Ej(7)).__name__, Ej(3), ~Ej.A)
for v in [8, -1, 'x', 2.0]:
    attempt('strict %r' % (v,), lambda: G(v))
class P(IntFlag):
    R = 4
    W = 2
    X = 1
print(P(8), repr(P(-1)), ~P.R, P.R | 8, 8 | P.R, P.R ^ P.W, P.R & 5, format(P.R | P.W), str(P.R))
print(pickle.loads(pickle.dumps(P.R)) is P.R, pickle.loads(pickle.dumps(G.AB)) is G.AB, copy.deepcopy(G.A) is G.A)

class Miss(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        if value == 'a':
            return cls.A
        if value == 'bad':
            return 42
        if value == 'boom':
            raise KeyError(value)
        return None
for v in ['a', 'bad', 'boom', 7]:
    try:
        print(repr(Miss(v)))
    except Exception as e:
        print(type(e).__name__, e, repr(e.__context__))

class NoMembers(Enum):
    pass
attempt('no members', lambda: NoMembers(1))
attempt('extend', lambda: type('X', (G,), {}))
attempt('reserved', lambda: Enum('R', [('_bad_', 1)]))
attempt('repr-enum', lambda: type(enum.ReprEnum)('RE', (enum.ReprEnum,), enum.EnumType.__prepare__('RE', (enum.ReprEnum,))))

F1 = Enum('F1', 'A B, C')
F2 = Enum('F2', [('X', 10), ('Y', 20)])
F3 = Enum('F3', {'P': 'p', 'Q': 'q'})
F4 = IntEnum('F4', 'ONE TWO', start=5)
F5 = Flag('F5', 'R W X')
F6 = Enum('F6', 'A B', module='mymod', qualname='Outer.F6')
print(list(F1), list(F2), list(F3), list(F4), list(F5), F5(3), F1.__module__, F6.__module__, F6.__qualname__)
print(StrEnum('S', 'ALPHA BETA').BETA.value, enum.Enum('T', 'a b', type=int).b + 1)
for args in [(1,), ('a', 1), ('a', 'utf-8', 2), ('a', 'b', 'c', 'd')]:
    attempt('strenum %r' % (args,), lambda: StrEnum('S2', [('A', args)]))
class Dup(Enum):
    A = 1
    B = 1
    C = 2
    D = 2
attempt('unique', lambda: unique(Dup))
print(enum.STRICT, enum.KEEP.value, list(enum.FlagBoundary), repr(auto()), repr(auto(3)))

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet((3.303e+23, 2.4397e6)), Planet.EARTH.value)

class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, 'P.X')
    PY = (1, 'P.Y')
print(Coord.PY, Coord(1).label, Coord.PX == b'\x00', hasattr(Coord, '__new_member__'))

class Weird(Enum):
    A = [1]
    B = [2]
print(Weird([2]), Weird._unhashable_values_, Weird.A in Weird)
attempt('contains', lambda: 1 in Weird)
attempt('flag contains', lambda: 1 in G.A)
print(G.A in G.AB, G.C in G(5), bool(G(0)), G.A in G)
print(sorted(k for k in D.__dict__ if k.startswith('_') and not k.startswith('__')))
print(sorted(k for k in P.__dict__ if k.startswith('_') and not k.startswith('__')))
print(hash(D.X) == hash('X'), D.X.__reduce_ex__(2), format(IntEnum('Z', 'A').A, '>4'), '%s|%d' % (P.R, P.R))
