import types
import sys

print(types.__all__)


class Slotted:
    __slots__ = ('x',)


print(type(Slotted.__dict__['x']) is types.MemberDescriptorType, types.MemberDescriptorType.__name__)
print(isinstance(1, types.GetSetDescriptorType), types.GetSetDescriptorType.__name__)
try:
    types.GetSetDescriptorType()
except TypeError as e:
    print('TypeError:', e)


def outer():
    value = 1

    def inner():
        return value
    return inner


print(type(outer().__closure__[0]) is types.CellType, types.CellType.__name__)
print(isinstance(sys._getframe(), types.FrameType), types.TracebackType.__name__)


# --- mappingproxy
p = types.MappingProxyType({'b': 2, 'a': 1})
print(types.MappingProxyType(mapping={'k': 1}), types.MappingProxyType('abc')[1])
for args, kwargs in (((), {}), (({}, {}), {}), ((), {'other': {}})):
    try:
        types.MappingProxyType(*args, **kwargs)
    except TypeError as e:
        print('TypeError:', e)
for action in (lambda: setattr(p, 'x', 1), lambda: delattr(p, 'x'), lambda: p._mapping):
    try:
        action()
        print('no error')
    except AttributeError as e:
        print('AttributeError:', e)
print(p <= {'a': 1, 'b': 2} if False else '-', p == p, p != {}, p == types.MappingProxyType({'a': 1, 'b': 2}))
print(types.MappingProxyType[str, int], p.get('a'), p.get('z', 'dflt'))
q = types.MappingProxyType(p)
print(q, q['a'], len(q), list(q.items()))

# --- SimpleNamespace
ns = types.SimpleNamespace(**{'': 1, 'b': 2})
ns.__dict__[5] = 'five'
print(ns, ns == types.SimpleNamespace(), types.SimpleNamespace(a=1).__eq__(3))
try:
    hash(ns)
except TypeError as e:
    print('TypeError:', e)
try:
    types.SimpleNamespace(1, 2)
except TypeError as e:
    print('TypeError:', e)


class Point(types.SimpleNamespace):
    def __init__(self, x, y):
        super().__init__(x=x, y=y)


pt = Point(1, 2)
print(pt, pt == types.SimpleNamespace(x=1, y=2), pt.__reduce__()[0] is Point)
import copy
print(copy.copy(types.SimpleNamespace(a=[1])), copy.deepcopy(types.SimpleNamespace(a=[1])))

# --- dynamic classes


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwds):
        print('prepare', name, [b.__name__ for b in bases], kwds)
        return {'prepared': True}

    def __new__(mcls, name, bases, ns, **kwds):
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kwds):
        super().__init__(name, bases, ns)


class SubMeta(Meta):
    pass


class Base(metaclass=SubMeta):
    pass


meta, ns, kw = types.prepare_class('X', (Base,), {'metaclass': Meta, 'flag': 1})
print(meta.__name__, ns, kw)
print(types.prepare_class('Y'), types.prepare_class('Z', (int,), {}))
X = types.new_class('X', (Base,), {'flag': 2}, lambda ns: ns.update(attr=5))
print(type(X).__name__, X.attr, X.prepared, X.__mro__[1].__name__)


class Other(type):
    pass


class OtherBase(metaclass=Other):
    pass


try:
    types.new_class('Bad', (Base, OtherBase))
except TypeError as e:
    print('TypeError:', e)


class Mixin:
    pass


class Entry:
    def __mro_entries__(self, bases):
        return (int, Mixin)


class Empty:
    def __mro_entries__(self, bases):
        return ()


class Wrong:
    def __mro_entries__(self, bases):
        return [int]


print(types.resolve_bases((Base, Entry(), Empty(), str)))
orig = (Base,)
print(types.resolve_bases(orig) is orig)
try:
    types.resolve_bases((Wrong(),))
except TypeError as e:
    print('TypeError:', e)
C = types.new_class('C', (Entry(),))
print(C.__mro__[1:3], C.__orig_bases__[0].__class__.__name__)
print(types.new_class('D').__mro__, types.new_class('E', (), {'metaclass': Meta}).__class__.__name__)

# --- DynamicClassAttribute


class Color:
    def __init__(self, v):
        self._v = v

    @types.DynamicClassAttribute
    def value(self):
        "the value"
        return self._v

    @value.setter
    def value(self, v):
        self._v = v


c = Color(3)
print(c.value, Color.__dict__['value'].__doc__, Color.__dict__['value'].overwrite_doc)
c.value = 4
print(c.value)
try:
    Color.value
except AttributeError as e:
    print('AttributeError on class', repr(e))
try:
    del c.value
except AttributeError as e:
    print('AttributeError:', e)
ro = types.DynamicClassAttribute(None, doc='only doc')
try:
    ro.__get__(c, Color)
except AttributeError as e:
    print('AttributeError:', e)
d2 = Color.__dict__['value'].getter(lambda self: 'new getter')
print(d2.__get__(c), d2.__doc__, d2.overwrite_doc)
d3 = types.DynamicClassAttribute(lambda s: 1, doc='explicit').deleter(lambda s: None)
print(d3.__doc__, d3.overwrite_doc, d3.fdel is not None)


import abc


class Abstract(abc.ABC):
    @types.DynamicClassAttribute
    @abc.abstractmethod
    def thing(self):
        pass


print(Abstract.thing.__isabstractmethod__, sorted(Abstract.__abstractmethods__))

# --- coroutine


@types.coroutine
def gen_coro():
    got = yield 'suspended'
    return got * 2


async def uses_it():
    return await gen_coro()


runner = uses_it()
print(runner.send(None))
try:
    runner.send(21)
except StopIteration as stop:
    print('returned', stop.value)


async def native():
    return 1


print(types.coroutine(native) is native)
try:
    types.coroutine(3)
except TypeError as e:
    print('TypeError:', e)


@types.coroutine
def not_a_generator():
    return 42


print(not_a_generator(), gen_coro.__name__)
w = gen_coro()
print(type(w).__name__ in ('generator', '_GeneratorWrapper'), hasattr(w, 'send'))
w.close()
