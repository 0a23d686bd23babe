"""The size of one object of each common type, as sys.getsizeof reports it.
benches/sizes.sh runs it under minipy and CPython and prints both side by side."""
import sys


class Empty:
    pass


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Slotted:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


def function():
    pass


def generator():
    yield 1


def cell_holder():
    v = 1

    def inner():
        return v
    return inner.__closure__[0]


try:
    raise ValueError('x')
except ValueError as caught:
    exception = caught

samples = [
    ('None', None),
    ('True', True),
    ('0', 0),
    ('2**40', 2 ** 40),
    ('2**100', 2 ** 100),
    ('1.5', 1.5),
    ('1j', 1j),
    ("''", ''),
    ("'abc'", 'abc'),
    ("'a' * 100", 'a' * 100),
    ("'é'", 'é'),
    ("b''", b''),
    ("b'abc'", b'abc'),
    ('bytearray()', bytearray()),
    ('()', ()),
    ('(1, 2)', (1, 2)),
    ('tuple(range(10))', tuple(range(10))),
    ('[]', []),
    ('[1, 2]', [1, 2]),
    ('list(range(10))', list(range(10))),
    ('{}', {}),
    ("{'a': 1}", {'a': 1}),
    ('dict.fromkeys(range(10))', dict.fromkeys(range(10))),
    ('set()', set()),
    ('{1, 2}', {1, 2}),
    ('frozenset()', frozenset()),
    ('range(10)', range(10)),
    ('slice(1, 2)', slice(1, 2)),
    ('object()', object()),
    ('Empty()', Empty()),
    ('Point(1, 2)', Point(1, 2)),
    ('Slotted(1, 2)', Slotted(1, 2)),
    ('a function', function),
    ('a bound method', Point(1, 2).__init__),
    ('len', len),
    ('[].append', [].append),
    ('a cell', cell_holder()),
    ('a generator', generator()),
    ('iter([])', iter([])),
    ('iter(())', iter(())),
    ("iter('abc')", iter('abc')),
    ('iter(range(10))', iter(range(10))),
    ('iter(range(2**70))', iter(range(2 ** 70))),
    ('reversed([])', reversed([])),
    ("iter({'a': 1})", iter({'a': 1})),
    ("reversed({'a': 1})", reversed({'a': 1})),
    ('iter({1})', iter({1})),
    ('enumerate([])', enumerate([])),
    ('zip([], [])', zip([], [])),
    ('map(len, [])', map(len, [])),
    ('filter(None, [])', filter(None, [])),
    ('iter(len, 0)', iter(len, 0)),
    ('ValueError()', ValueError()),
    ('an exception', exception),
    ('a class', Point),
    ('a module', sys),
]
for name, value in samples:
    print('%s\t%d' % (name, sys.getsizeof(value)))
