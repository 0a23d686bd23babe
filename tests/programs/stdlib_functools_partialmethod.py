# functools.partialmethod: partial application for methods and descriptors.
from functools import partial, partialmethod


class Cell:
    def __init__(self):
        self.alive = False
        self.log = []

    def set_state(self, state, note='-'):
        self.alive = state
        self.log.append((state, note))
        return self

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, note='dead')

    def describe(self, *args, **kw):
        return (type(self).__name__, args, sorted(kw.items()))

    d1 = partialmethod(describe, 1, x=1)
    d2 = partialmethod(d1, 2, y=2)          # nested partialmethods flatten

    @classmethod
    def make(cls, a, b=0):
        return (cls.__name__, a, b)

    make_one = partialmethod(make, 1)

    @staticmethod
    def add(a, b, c=0):
        return a + b + c

    add10 = partialmethod(add, 10, c=100)

    p = partialmethod(partial(describe, 'p'), 'q')  # non-descriptor callable


c = Cell()
c.set_alive()
print(c.alive, c.log)
c.set_dead()
print(c.alive, c.log)
c.set_alive(note='again')
print(c.log[-1])
print(c.d1(5, z=3))
print(c.d2(6))
print(Cell.__dict__['d2'].args, Cell.__dict__['d2'].keywords)
print(c.make_one(), Cell.make_one(b=5))
print(c.add10(1), Cell.add10(2))
r = c.p('r')
print(r[0], r[1][0] is c, r[1][1:])
bound = c.set_alive
print(type(bound).__name__, bound.func.__name__, bound.args, bound.keywords)
print(bound.__self__ is c)
unbound = Cell.set_dead
print(unbound(Cell()).log)
pm = Cell.__dict__['set_dead']
print(pm.func is Cell.__dict__['set_state'], pm.args, pm.keywords)
print(repr(partialmethod(len, 1, a=2)) == 'functools.partialmethod({!r}, 1, a=2)'.format(len))
print(repr(partialmethod(len)) == 'functools.partialmethod({!r}, , )'.format(len))
print(pm.__isabstractmethod__)
try:
    partialmethod(5)
except TypeError as e:
    print('TypeError', e)


class Sub(Cell):
    pass


print(Sub().d1(), Sub.make_one())
