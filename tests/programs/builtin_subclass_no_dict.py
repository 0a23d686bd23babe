# Instances of builtin types have no __dict__: a subclass with empty __slots__ (as
# namedtuple's classes are) refuses new attributes; exceptions always have a __dict__.
from collections import namedtuple

P = namedtuple('P', 'x y')
p = P(1, 2)
for action in (lambda: setattr(p, 'x', 5), lambda: delattr(p, 'x'),
               lambda: setattr(p, 'z', 1), lambda: delattr(p, 'z')):
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)
print(p, hasattr(p, '__dict__'))


class T(tuple):
    __slots__ = ()


class L(list):
    __slots__ = ('tag',)


class I(int):
    pass


class E(ValueError):
    __slots__ = ()


for obj, name in ((T(), 'z'), (L(), 'z'), (L(), 'tag'), (I(3), 'q'), (E(), 'w')):
    try:
        setattr(obj, name, 1)
        print(type(obj).__name__, name, 'set', getattr(obj, name))
    except AttributeError as e:
        print(type(obj).__name__, name, 'AttributeError', e)
