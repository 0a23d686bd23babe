import inspect
import functools
import sys
import types
import abc
import collections
import collections.abc


class Meta(type):
    def __call__(cls, *args, **kwargs):
        return super().__call__(*args, **kwargs)


class WithMeta(metaclass=Meta):
    def __init__(self, a):
        pass


class Base:
    """Base doc."""

    def method(self, x):
        """Base method doc."""

    @property
    def prop(self):
        """Base prop doc."""
        return 1

    @classmethod
    def build(cls, n):
        """Build doc."""

    @staticmethod
    def helper():
        "helper doc"


class Child(Base):
    def method(self, x):
        pass

    @property
    def prop(self):
        return 2

    @classmethod
    def build(cls, n):
        pass


print(inspect.getdoc(Child.method), inspect.getdoc(Child().method), inspect.getdoc(Child.build))
print(inspect.getdoc(Child.__dict__['prop']), inspect.getdoc(Child), inspect.getdoc(Child.helper))


class NoDoc:
    pass


print(inspect.getdoc(NoDoc), inspect.getdoc(NoDoc()))
print(inspect.cleandoc('  a\n\tb\n    c\n'), '|', inspect.cleandoc('\n\n'), '|', inspect.cleandoc('x\n  \n   y   \n    '))

# predicates on odd objects
objs = [len, [].append, object().__str__, str.join, object.__init__, dict.fromkeys,
        property(), staticmethod(len), classmethod(len), functools.partial(len),
        Child.prop if False else Child.__dict__['prop'], Base.helper, Base.build, Child().method,
        type, int, 3, None, types.SimpleNamespace()]
preds = ['isbuiltin', 'isroutine', 'ismethoddescriptor', 'isdatadescriptor', 'isfunction',
         'ismethod', 'isclass', 'ismethodwrapper', 'isgetsetdescriptor', 'ismemberdescriptor']


class Slots:
    __slots__ = ('a', 'b')


print(inspect.ismemberdescriptor(Slots.__dict__['a']), inspect.isdatadescriptor(Slots.__dict__['a']))
for o in objs[6:]:
    print(type(o).__name__, [p for p in preds if getattr(inspect, p)(o)])


# coroutine-ish
async def co():
    pass


async def agen():
    yield 1


def gen():
    yield 1


c = co()
print(inspect.iscoroutine(c), inspect.isawaitable(c), inspect.isawaitable(gen()), inspect.isasyncgen(agen()))
c.close()


class Awaitable:
    def __await__(self):
        yield


class NotAwaitable:
    __await__ = None


print(inspect.isawaitable(Awaitable()), inspect.isawaitable(NotAwaitable()), inspect.isawaitable(3))
print(inspect.iscoroutinefunction(functools.partial(co)), inspect.isasyncgenfunction(Child), inspect.isgeneratorfunction(gen))
pm = functools.partialmethod(gen)


class HasPM:
    g = functools.partialmethod(gen)


print(inspect.isgeneratorfunction(HasPM().g))

# abstract classes


class A(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass



class B(A):
    pass


class C(A):
    def f(self):
        pass


print(inspect.isabstract(A), inspect.isabstract(B), inspect.isabstract(C), inspect.isabstract(collections.abc.Mapping))

# getmembers details
print([n for n, v in inspect.getmembers(Child, inspect.isroutine) if not n.startswith('_')])
print([n for n, v in inspect.getmembers(Child()) if not n.startswith('_')])
print([n for n, v in inspect.getmembers_static(Child()) if not n.startswith('_')])


class Dyn:
    @types.DynamicClassAttribute
    def dyn(self):
        return 'instance dyn'


class DynSub(Dyn):
    pass


print([(n, type(v).__name__) for n, v in inspect.getmembers(DynSub) if n == 'dyn'])


class Broken:
    @property
    def bad(self):
        raise AttributeError('nope')


print([n for n, v in inspect.getmembers(Broken()) if n == 'bad'])
print([(n, type(v).__name__) for n, v in inspect.getmembers(Broken()) if n == 'bad'])

# unwrap


def base_fn():
    pass


@functools.wraps(base_fn)
def wrapper():
    pass


loop1 = lambda: 0
loop1.__wrapped__ = loop1
print(inspect.unwrap(wrapper) is base_fn, inspect.unwrap(wrapper, stop=lambda f: f is wrapper) is wrapper)
try:
    inspect.unwrap(loop1)
except ValueError as e:
    print('ValueError', str(e)[:30])

# signatures of odd callables
print(inspect.signature(WithMeta))


class CallMeta(type):
    def __call__(cls, x, y=1):
        pass


class UsesCallMeta(metaclass=CallMeta):
    pass


print(inspect.signature(UsesCallMeta))


class NewAndInit:
    def __new__(cls, *args, **kwargs):
        return super().__new__(cls)

    def __init__(self, a, b):
        pass


class InitOnly(NewAndInit):
    def __init__(self, q):
        pass


print(inspect.signature(NewAndInit), inspect.signature(InitOnly))
for obj in (int, type, object, Child().method.__func__):
    try:
        print(inspect.signature(obj))
    except ValueError as e:
        print('ValueError:', e)


class PartialMethods:
    def target(self, a, b, c=3):
        pass
    pm = functools.partialmethod(target, 1)
    pm_star = functools.partialmethod(lambda *args: args, 1)


print(inspect.signature(PartialMethods.pm), inspect.signature(PartialMethods().pm))
print(inspect.signature(PartialMethods.pm_star))


def sig_fn(a, b):
    pass


sig_fn.__signature__ = inspect.Signature([inspect.Parameter('z', inspect.Parameter.KEYWORD_ONLY)])
print(inspect.signature(sig_fn))
sig_fn.__signature__ = 'bad'
try:
    inspect.signature(sig_fn)
except TypeError as e:
    print('TypeError:', e)
try:
    inspect.signature(functools.partial(lambda a: 0, 1, 2))
except ValueError as e:
    print('ValueError:', str(e).split(' has ')[-1])

# Parameter / kind details
K = inspect._ParameterKind
print(list(K), K(3), K['VAR_KEYWORD'], len(K), K, format(K.KEYWORD_ONLY), f'{K.KEYWORD_ONLY:>4}')
print(inspect.Parameter('class', 0), inspect.Parameter('.0', 1), repr(inspect.Parameter('.0', 1).kind))
for bad in (lambda: inspect.Parameter('x', 7), lambda: inspect.Parameter('x', 'KEYWORD_ONLY'),
            lambda: inspect.Parameter('.0', 3), lambda: inspect.Parameter('', 1),
            lambda: inspect.Parameter(inspect.Parameter.empty, 1)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
p = inspect.Parameter('x', 1, default=[1], annotation='note')
print(p, hash(p) if False else '', p.replace(annotation=inspect.Parameter.empty), p == p.replace(), p != 3)
import copy, pickle
print(copy.copy(K.VAR_POSITIONAL) is K.VAR_POSITIONAL, pickle.loads(pickle.dumps(p)), pickle.loads(pickle.dumps(K.KEYWORD_ONLY)) is K.KEYWORD_ONLY)
s = inspect.signature(lambda a, /, b=2, *c, d, e=5, **f: 0)
print(pickle.loads(pickle.dumps(s)) == s, hash(s) == hash(s.replace()), s.parameters)
print(repr(s.parameters))
print(s.replace(parameters=[s.parameters['d'].replace(kind=1)]))
ba = s.bind(1, 2, 3, d=4, z=9)
print(ba == s.bind(1, 2, 3, d=4, z=9), ba != s.bind(1, d=4), ba.signature is s)
print(pickle.loads(pickle.dumps(ba)))
print(inspect.formatannotation(list[int]), inspect.formatannotation(collections.OrderedDict), inspect.formatannotation('x'))
print(inspect.formatannotationrelativeto(collections.OrderedDict)(collections.OrderedDict))
print(inspect.getmodulename('.py'), inspect.getmodulename('a/b.abi3.so'), inspect.getmodulename('x.pyw'), inspect.getmodulename('a\\b.py'))


# annotations
class Ann:
    x: int
    y: 'str'


def ann_fn(a: 'int', b: 'Ann') -> 'list[int]':
    pass


print(inspect.get_annotations(Ann), inspect.get_annotations(Ann, eval_str=True))
print(inspect.get_annotations(ann_fn, eval_str=True))
print(inspect.signature(ann_fn, eval_str=True), inspect.signature(ann_fn))
try:
    inspect.get_annotations(3)
except TypeError as e:
    print('TypeError:', e)
