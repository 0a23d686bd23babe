# A class's special attributes: what assigning or deleting each does (CPython's type
# getsets and members), and __bases__ assignment with its checks.


def run(name, f):
    try:
        r = f()
        print(name, 'ok', r)
    except Exception as e:
        print(name, type(e).__name__, e)


class A:
    pass


class B(A):
    pass


for attr, val in [('__name__', 5), ('__name__', 'a\0b'), ('__name__', 'New'),
                  ('__qualname__', 5), ('__qualname__', 'Q.R'), ('__mro__', ()),
                  ('__dict__', {}), ('__base__', object), ('__basicsize__', 3),
                  ('__flags__', 0), ('__module__', 'mod'), ('__doc__', 'd'),
                  ('__weakrefoffset__', 1), ('__bases__', ()), ('__bases__', 5),
                  ('__bases__', (5,)), ('__bases__', (B,)), ('__bases__', (int,)),
                  ('__text_signature__', 'x')]:
    run('set %s=%r' % (attr, val), lambda: (setattr(A, attr, val), getattr(A, attr))[1])
print(A, A.__name__, A.__qualname__, A.__module__, A.__doc__)

for attr in ['__name__', '__qualname__', '__mro__', '__dict__', '__bases__', '__module__',
             '__doc__', '__base__']:
    class C:
        pass
    run('del ' + attr, lambda: delattr(C, attr))


class D:
    pass


class E:
    pass


run('object base to a class', lambda: setattr(D, '__bases__', (E,)))


class F(D):
    pass


run('cycle', lambda: setattr(D, '__bases__', (F,)))


class X:
    def hello(self):
        return 'X'


class Y:
    def hello(self):
        return 'Y'

    def extra(self):
        return 'extra'


class Z(X):
    pass


class W(Z):
    pass


w = W()
print(w.hello(), W.__mro__)
Z.__bases__ = (Y,)
print(Z.__bases__, Z.__mro__, W.__mro__)
print(w.hello(), w.extra(), isinstance(w, Y), isinstance(w, X))
print(X.__subclasses__(), Y.__subclasses__())
Z.__bases__ = (X, Y)
print(W.__mro__, w.hello(), w.extra())
run('inconsistent mro', lambda: setattr(Z, '__bases__', (Y, X, Y)))
print(Z.__bases__, W.__mro__)


class ViaSlots:
    __slots__ = ('a',)


class Plain2:
    pass


class Sub2(Plain2):
    pass


run('slots layout', lambda: setattr(Sub2, '__bases__', (ViaSlots,)))
run('builtin type', lambda: setattr(int, '__bases__', (object,)))
run('builtin name', lambda: setattr(int, '__name__', 'x'))
