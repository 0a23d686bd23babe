from enum import Enum, IntEnum, StrEnum, auto, unique, EnumMeta, EnumType

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # alias

    def describe(self):
        return '%s is %d' % (self.name, self.value)

    @property
    def lower(self):
        return self.name.lower()

    @classmethod
    def default(cls):
        return cls.GREEN

print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color(1), Color['GREEN'], Color.CRIMSON is Color.RED, Color(1) is Color.RED)
print(list(Color), len(Color), list(reversed(Color)))
print(list(Color.__members__), Color.__members__['CRIMSON'])
print(Color.RED in Color, Color.BLUE.describe(), Color.BLUE.lower, Color.default())
print(type(Color), type(Color.RED), isinstance(Color.RED, Color), EnumMeta is EnumType)
print(repr(Color), Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE)
print(format(Color.RED), '{}'.format(Color.GREEN), f'{Color.BLUE:>12}|', str(Color.RED))
print(hash(Color.RED) == hash(Color.CRIMSON), {Color.RED: 'r'}[Color.CRIMSON])
print(Color.RED.__class__.__name__, Color.__name__)
try:
    Color(7)
except ValueError as e:
    print('ValueError', e)
try:
    Color['PURPLE']
except KeyError as e:
    print('KeyError', e)
try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    del Color.RED
except AttributeError as e:
    print('AttributeError', e)
try:
    class More(Color):
        PINK = 7
except TypeError as e:
    print('TypeError', e)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print('TypeError', e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print('TypeError', e)

@unique
class Ok(Enum):
    X = 1
    Y = 2
print(list(Ok))
try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
        UNO = 1
except ValueError as e:
    print('ValueError', e)

class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print(list(Auto))

class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    X = auto()
    Y = auto()
print(list(Named), Named('y1'))

class Shape(Enum):
    SQUARE = 2
    CIRCLE = 3
    @classmethod
    def _missing_(cls, value):
        if value == 'sq':
            return cls.SQUARE
        return None
print(Shape('sq'), Shape(3))
try:
    Shape('tri')
except ValueError as e:
    print('ValueError', e)

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def density(self):
        return round(self.mass / self.radius ** 3, 3)
print(Planet.EARTH, Planet.EARTH.value, Planet.EARTH.mass, Planet.MERCURY.density)
print(Planet((5.976e+24, 6.37814e6)))


class Labeled(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj
    LOW = 1, 'low'
    HIGH = 2, 'high'
print(Labeled.LOW, Labeled(2), Labeled.HIGH.label, repr(Labeled.LOW))

class Mood(Enum):
    _ignore_ = 'tmp'
    tmp = 5
    HAPPY = 'h'
    SAD = 's'
print(list(Mood), hasattr(Mood, 'tmp'))

class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.TWO), Num.ONE + 1, Num.TWO * 3, Num.ONE == 1, Num(2), format(Num.ONE, '03d'), f'{Num.TWO}', Num.ONE < Num.TWO)
print(sorted([Num.TWO, Num.ONE]), isinstance(Num.ONE, int), str(Num.TWO), '%s %d' % (Num.ONE, Num.TWO))

class Sz(StrEnum):
    SMALL = auto()
    LARGE = 'L'
print(Sz.SMALL, repr(Sz.SMALL), Sz.LARGE == 'L', Sz('L'), Sz.SMALL.upper(), f'[{Sz.LARGE}]', len(Sz.SMALL))
try:
    class Bad(StrEnum):
        X = 1
except TypeError as e:
    print('TypeError', e)

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, repr(Animal))
print(list(Enum('Dirs', ['N', 'S'])), list(Enum('P', [('A', 5), ('B', 6)])), list(Enum('Q', {'X': 'x'})))
print(list(IntEnum('Nums', 'A,B', start=10)), list(Enum('Q2', 'A B', start=0)))
print(Color.RED.__objclass__ if hasattr(Color.RED, '__objclass__') else '')
