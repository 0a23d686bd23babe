class Tracer:
    def __init__(self):
        self.log = []
        self.x = 1
    def __getattribute__(self, name):
        if name != 'log':
            object.__getattribute__(self, 'log').append(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback:' + name
t = Tracer()
print(t.x, t.missing, t.log)
class Proxy:
    def __init__(self, target): object.__setattr__(self, '_t', target)
    def __getattribute__(self, name):
        t = object.__getattribute__(self, '_t')
        return getattr(t, name)
p = Proxy([3, 1, 2])
p.sort(); print(p.count(1), object.__getattribute__(p, '_t'))
try:
    object.__getattribute__(p, 'nope')
except AttributeError as e:
    print(e)
class E(Exception):
    def __getattribute__(self, n):
        if n == 'magic': return 42
        return super().__getattribute__(n)
e = E('m'); print(e.magic, e.args)
class Base: pass
class K1(Base): pass
class K2(Base): pass
print([c.__name__ for c in Base.__subclasses__()])
del K1
import gc; gc.collect()
print([c.__name__ for c in Base.__subclasses__()])
