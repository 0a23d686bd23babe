from collections import namedtuple
import copy

P = namedtuple('P', 'x, y z', defaults=[5])
p = P(1, 2)
print(p, P._fields, P._field_defaults, P.__doc__, P.__new__.__doc__)
print(P.__new__.__defaults__, P._make.__doc__, P._replace.__doc__)
print(p._replace(z=9), p._asdict(), p.__getnewargs__(), copy.copy(p))
print(P._make([7, 8, 9]), P.x.__doc__, P.__match_args__, P.__module__)
print(P.__repr__.__qualname__, P._make.__qualname__, P.__new__.__qualname__)
print(P.__new__.__name__, P.__name__, P.__qualname__)
for bad in [([1, 2],), ([1, 2, 3, 4],)]:
    try:
        P._make(*bad)
    except TypeError as e:
        print('TypeError', e)
try:
    p._replace(w=1, q=2)
except ValueError as e:
    print('ValueError', e)
One = namedtuple('One', ['a'])
print(One(1), One.__doc__, One.__new__.__doc__)
R = namedtuple('R', ['ok', 'def', '_x', 'ok', '1a', 'class'], rename=True)
print(R._fields)
cases = [
    ('Bad', 'a def'), ('class', 'a'), ('A', 'a _b'), ('A', 'a b a'),
    ('A', 'a 1b'), ('A', ['a', 3]), (3, 'a'), ('A', 'a-b'),
]
for name, fields in cases:
    try:
        namedtuple(name, fields)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    namedtuple('T', 'a b', defaults=(1, 2, 3))
except TypeError as e:
    print('TypeError', e)
T = namedtuple('T', 'a b', defaults=iter([1, 2]), module='here')
print(T(), T.__module__, T._field_defaults)
E = namedtuple('E', '')
print(E(), E._fields, E.__doc__)
try:
    P(1)
except TypeError as e:
    print('TypeError', e)
print(isinstance(p, tuple), p.x, p[1], p == (1, 2, 5), len(p))
