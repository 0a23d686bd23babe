import sys
import traceback
from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class Point:
    x: int
    y: int = 0

    def __post_init__(self):
        if self.x < 0:
            raise ValueError('negative x')


class Weird:
    def __eq__(self, other):
        raise RuntimeError('cannot compare')

    def __lt__(self, other):
        raise RuntimeError('cannot order')

    def __hash__(self):
        raise RuntimeError('cannot hash')

    def __repr__(self):
        raise RuntimeError('cannot repr')


@dataclass(frozen=True, order=True)
class Box:
    item: object
    more: list = field(default_factory=list)


for action in (lambda: Point(-1), lambda: setattr(Point(1), 'x', 2), lambda: delattr(Point(1), 'y'),
               lambda: Box(Weird()) == Box(Weird()), lambda: Box(Weird()) < Box(Weird()),
               lambda: hash(Box(Weird())), lambda: repr(Box(Weird())),
               lambda: Box(1, more=lambda: 0)):
    try:
        action()
    except Exception:
        lines = traceback.format_exc().splitlines()
        print('\n'.join(line for line in lines if '<string>' in line or not line.startswith('  ')))
Point(1).x = 5
