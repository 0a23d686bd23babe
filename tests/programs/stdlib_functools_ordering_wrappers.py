import functools
from functools import total_ordering, wraps, update_wrapper, lru_cache, cache, cached_property, partialmethod, singledispatch, singledispatchmethod

for root in ('__lt__', '__le__', '__gt__', '__ge__'):
    ns = {'__init__': lambda self, v: setattr(self, 'v', v),
          '__eq__': lambda self, o: self.v == o.v if isinstance(o, type(self)) else NotImplemented,
          root: (lambda op: lambda self, o: getattr(self.v, op)(o.v) if isinstance(o, type(self)) else NotImplemented)(root)}
    C = total_ordering(type('C' + root.strip('_'), (), ns))
    a, b = C(1), C(2)
    print(root, a < b, a <= b, a > b, a >= b, a <= C(1), a >= C(1), b > a, sorted(k for k in vars(C) if k.startswith('__') and k[2:4] in ('lt', 'le', 'gt', 'ge')))
    print(C.__lt__.__name__, C.__ge__.__name__)
    for op in ('__lt__', '__le__', '__gt__', '__ge__'):
        print(op, getattr(a, op)(3), end='; ')
    print()
try:
    total_ordering(type('E', (), {}))
except ValueError as e:
    print('ValueError', e)

def deco(f):
    @wraps(f)
    def inner(*a, **k):
        return f(*a, **k)
    return inner

@deco
def target(x: int) -> int:
    "doc of target"
    return x + 1
target.extra = 1
print(target.__name__, target.__doc__, target.__annotations__, target.__wrapped__(1), target(2))
def w(): pass
def src(): pass
src.attr = 5
update_wrapper(w, src, assigned=('__name__', '__nonexistent__'), updated=('__dict__',))
print(w.__name__, w.attr, w.__wrapped__ is src, w.__doc__)

@lru_cache
def sq(n):
    return n * n
print(sq(3), sq(3), sq.cache_info(), sq.cache_parameters(), sq.__name__)
@lru_cache(maxsize=-5, typed=True)
def ident(n):
    return n
print(ident(1), ident(1.0), ident.cache_info(), ident.cache_parameters())
@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info(), fib.cache_parameters())
try:
    lru_cache('x')
except TypeError as e:
    print('TypeError', e)
print(lru_cache(None)(abs)(-3), lru_cache(maxsize=2)(abs).cache_parameters())

class Data:
    calls = 0
    @cached_property
    def value(self):
        "the value"
        Data.calls += 1
        return 42
d = Data()
print(d.value, d.value, Data.calls, Data.value.__doc__, type(Data.value).__name__, Data.value.attrname)
class Slotted:
    __slots__ = ('a',)
    @cached_property
    def v(self):
        return 1
try:
    Slotted().v
except TypeError as e:
    print('TypeError', e)
cp = cached_property(lambda self: 1)
try:
    cp.__get__(d, Data)
except TypeError as e:
    print('TypeError', e)
cp2 = cached_property(lambda self: 2)
cp2.__set_name__(Data, 'first')
try:
    cp2.__set_name__(Data, 'second')
except TypeError as e:
    print('TypeError', e)
cp2.__set_name__(Data, 'first')
print(cp2.attrname)

class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state, note=''):
        self.alive = bool(state)
        return note
    on = partialmethod(set_state, True, note='on')
    off = partialmethod(set_state, False)
    both = partialmethod(on, note='x')
c = Cell()
print(c.on(), c.alive, c.off(), c.alive, c.both(), repr(Cell.__dict__['off'])[:45])
try:
    partialmethod(5)
except TypeError as e:
    print('TypeError', e)

@singledispatch
def show(x):
    return 'object'
@show.register
def _(x: int):
    return 'int'
@show.register(list)
def _(x):
    return 'list'
show.register(float, lambda x: 'float')
from collections.abc import Mapping, Sequence
@show.register
def _(x: Mapping):
    return 'mapping'
print(show(1), show(True), show(1.5), show([]), show({}), show('s'), show.dispatch(bool).__name__, len(show.registry))
try:
    show()
except TypeError as e:
    print('TypeError', e)
try:
    show.register(3, lambda x: x)
except TypeError as e:
    print('TypeError', e)
try:
    show.register(lambda x: x)
except TypeError as e:
    print('TypeError', str(e)[:40], str(e)[-60:])
try:
    @show.register
    def _(x: 3):
        pass
except TypeError as e:
    print('TypeError', e)

class Fmt:
    @singledispatchmethod
    def fmt(self, arg):
        return 'default'
    @fmt.register
    def _(self, arg: int):
        return 'int %d' % arg
    @fmt.register(str)
    def _(self, arg):
        return 'str ' + arg
print(Fmt().fmt(1), Fmt().fmt('a'), Fmt().fmt(1.0), Fmt.fmt.__name__)
print(functools.reduce(lambda a, b: a * b, range(1, 6)), sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
