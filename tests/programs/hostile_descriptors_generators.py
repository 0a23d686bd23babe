# Odd descriptors, metaclass attribute hooks, throw() with things that are not
# exceptions, and a bytearray extended by itself: each as CPython answers.


def run(name, f):
    try:
        r = f()
        print(name, 'ok', r)
    except Exception as e:
        print(name, type(e).__name__, e)


class SetOnly:
    def __set__(self, obj, v):
        obj.__dict__['y'] = v * 2


class HasSet:
    y = SetOnly()


def set_only():
    h = HasSet()
    before = type(h.y).__name__
    h.y = 5
    return before, h.y


run('descriptor with __set__ only', set_only)


class DeleteOnly:
    def __delete__(self, obj):
        print('deleting')


class HasDelete:
    z = DeleteOnly()


def delete_only():
    h = HasDelete()
    h.__dict__['z'] = 'own'
    return h.z


run('descriptor with __delete__ only', delete_only)


class Meta(type):
    def __getattribute__(cls, name):
        if name == 'magic':
            return 42
        return super().__getattribute__(name)

    def __getattr__(cls, name):
        return 'fallback ' + name


class WithMeta(metaclass=Meta):
    x = 1


run('metaclass __getattribute__', lambda: (WithMeta.magic, WithMeta.x, WithMeta.missing))
run('type.__getattribute__', lambda: type.__getattribute__(WithMeta, 'x'))
run('object.__getattribute__ of a class', lambda: object.__getattribute__(WithMeta, 'x'))


class Props:
    p = property()
    q = property(fset=lambda s, v: None)


class Outer:
    class Inner:
        r = property()


run('property without getter', lambda: Props().p)
run('setter-only property', lambda: Props().q)
run('nested class property', lambda: Outer.Inner().r)
run('unnamed property', lambda: property().__get__(1, int))
for f, args in [(hasattr, (1, 5)), (getattr, (1, 5)), (setattr, (1, 5, 1)), (delattr, (1, 5))]:
    run(f.__name__ + ' non-str name', lambda: f(*args))


def gen():
    yield 1


class NotAnException:
    def __init__(self):
        print('NotAnException was called')


for thing in (int, NotAnException, 5, 'x', None, object):
    run('throw %r' % (thing,), lambda: gen().throw(thing))


async def coro():
    return 1


c = coro()
run('coroutine throw a class', lambda: c.throw(NotAnException))
c.close()

b = bytearray(b'ab')
run('bytearray += itself', lambda: b.__iadd__(b))
print(b)
empty = bytearray()
run('empty bytearray += itself', lambda: empty.__iadd__(empty))
b2 = bytearray(b'ab')
b2 += bytes(b2)
print(b2)

# int() with a base checks the base before the value's type.
for args in [(3.5, True), (3.5, 2), ('1', 1), (b'1', 40), (3.5, -1), ([], 0)]:
    run('int%r' % (args,), lambda: int(*args))

# A program's own sys.stdout without flush(): the flush at exit fails (reported, and the
# exit status becomes 120, as CPython's).
import sys


class Upper:
    def write(self, s):
        sys.__stdout__.write(s.upper())


sys.stdout = Upper()
print('written through the replacement')
