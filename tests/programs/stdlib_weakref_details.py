import gc
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def method(self):
        return 'method of ' + self.name

    def __repr__(self):
        return 'Obj(%s)' % self.name


print(sorted(weakref.__all__))
print(weakref.ref is weakref.ReferenceType, weakref.ProxyTypes)

# --- WeakMethod
a = Obj('a')
wm = weakref.WeakMethod(a.method)
print(wm(), wm().__func__ is Obj.method, wm().__self__ is a)
print(hash(wm) == hash(a), wm == weakref.WeakMethod(a.method), wm != weakref.WeakMethod(a.method))
print(wm == 5, wm != 5, isinstance(wm, weakref.ref))
seen = []
wm2 = weakref.WeakMethod(a.method, seen.append)
try:
    weakref.WeakMethod(print)
except TypeError as e:
    print('TypeError:', e)
try:
    weakref.WeakMethod(Obj.method)
except TypeError as e:
    print('TypeError:', e)
del a
print(wm(), wm2(), len(seen), seen[0] is wm2)
print(hash(wm) is not None, wm == wm, wm == wm2)


def temp_function(self):
    return 'temp'


b = Obj('b')
b.tmp = type(b.method)(temp_function, b)
wm3 = weakref.WeakMethod(b.tmp, lambda r: print('function died'))
del b.tmp
del temp_function
gc.collect()
print('after function died', wm3())

# --- WeakValueDictionary details
k1, k2, k3 = Obj('1'), Obj('2'), Obj('3')
d = weakref.WeakValueDictionary({'one': k1, 'two': k2})
d['three'] = k3
refs = d.valuerefs()
print(sorted(r.key for r in refs), type(refs[0]).__name__, isinstance(refs[0], weakref.KeyedRef))
print(sorted(r.key for r in d.itervaluerefs()))
it = iter(d.items())
first = next(it)
del k2
print('pending during iteration', len(d._pending_removals) if hasattr(d, '_pending_removals') else 1)
rest = list(it)
print('items seen', len(rest) + 1, 'len after', len(d), sorted(d))
del first, rest, refs, it
try:
    for key in d:
        d['new' + key] = Obj('x')
except RuntimeError as e:
    print('RuntimeError:', e)
print(repr(d).startswith('<WeakValueDictionary at 0x'))
print(d.get('missing', 'dflt'), d.setdefault('one', None) is k1, 'one' in d, [] in d if False else '-')
e = weakref.WeakValueDictionary()
e.update({'a': k1}.items())
e.update(b=k3)
print(sorted(e.items()))
print(weakref.WeakValueDictionary[str, Obj])

# --- WeakKeyDictionary details
wk = weakref.WeakKeyDictionary()
keys = [Obj(str(i)) for i in range(4)]
for i, k in enumerate(keys):
    wk[k] = i
print(len(wk), sorted(wk.values()))
it = iter(wk.keys())
next(it)
del keys[3]
print('len during iteration', len(wk))
del it
print('len after', len(wk))
print(wk.pop(keys[0]), wk.pop(Obj('z'), 'none'), len(wk))
try:
    wk.pop(Obj('z'))
except KeyError:
    print('KeyError')
del wk[keys[1]]
print(len(wk), keys[2] in wk, 5 in wk, repr(wk).startswith('<WeakKeyDictionary at 0x'))
try:
    wk[5]
except TypeError as e:
    print('TypeError:', e)
wk.update([(keys[0], 'x')], **{})
print(sorted(map(str, wk.values())))
print(weakref.WeakKeyDictionary[Obj, int])

# --- KeyedRef
kr = weakref.KeyedRef(keys[0], None, 'the key')
print(kr.key, kr() is keys[0], type(kr).__name__)

# --- finalize
x = Obj('x')
f = weakref.finalize(x, print, 'finalizing', 'x')
print(repr(f).split(';')[1].split(' at ')[0])
print(f.alive, f.atexit)
f.atexit = 0
print(f.atexit)
del x
print(f.alive, repr(f).endswith('; dead>'), f.peek(), f.detach(), f())
y = Obj('y')
g = weakref.finalize(y, lambda *a, **k: (a, k), 1, 2, key=3)
print(g(), g(), g.alive, g.atexit)
z = Obj('z')
h = weakref.finalize(z, print)
print(h.detach()[1:], h.alive, h.detach())
f1 = weakref.finalize(Obj('at-exit-1'), print, 'never (object already dead)')
keep = Obj('kept')
weakref.finalize(keep, print, 'exit finalizer 1')
weakref.finalize(keep, print, 'exit finalizer 2')

print('end')
