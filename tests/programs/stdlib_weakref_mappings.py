# WeakValueDictionary / WeakKeyDictionary: the full MutableMapping API.
import copy
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'Obj(%s)' % self.name


def show(label, d):
    print(label, len(d), sorted((str(k), str(v)) for k, v in d.items()))


a, b, c = Obj('a'), Obj('b'), Obj('c')

print('--- WeakValueDictionary')
wv = weakref.WeakValueDictionary({'a': a}, b=b)
show('init', wv)
wv['c'] = c
print('in', 'a' in wv, 'z' in wv, 1 in wv)
print('get', wv.get('a'), wv.get('z'), wv.get('z', 0))
print('getitem', wv['b'])
try:
    wv['zz']
except KeyError as e:
    print('KeyError', e)
print('keys', sorted(wv.keys()), 'values', sorted(map(str, wv.values())))
print('iter', sorted(wv))
print('valuerefs', sorted(str(r()) for r in wv.valuerefs()))
print('itervaluerefs', sorted(str(r()) for r in wv.itervaluerefs()))
print('setdefault', wv.setdefault('a', b), wv.setdefault('d', c))
show('after setdefault', wv)
print('pop', wv.pop('d'), wv.pop('d', 'dflt'))
try:
    wv.pop('d')
except KeyError as e:
    print('KeyError', e)
wv.update([('x', a)], y=b)
show('update', wv)
cp = wv.copy()
print('copy', type(cp).__name__, cp == wv, cp is wv)
cp2 = copy.copy(wv)
print('copy.copy', type(cp2).__name__, cp2 == wv)
dc = copy.deepcopy(wv)
print('deepcopy', type(dc).__name__, dc['a'] is a, len(dc))
print('eq dict', wv == dict(wv.items()), wv != dict(wv.items()), wv == {}, wv == 3)
del b
show('after del b', wv)
k, v = wv.popitem()
print('popitem', len(wv))
wv.clear()
show('clear', wv)
try:
    wv.popitem()
except KeyError:
    print('popitem empty: KeyError')
u = weakref.WeakValueDictionary(p=a) | {'q': c}
show('or', u)
r = {'q': a} | weakref.WeakValueDictionary(q=c)
print('ror', type(r).__name__, r['q'])
u |= {'z': a}
show('ior', u)
try:
    hash(u)
except TypeError as e:
    print('TypeError', e)
try:
    reversed(u)
except TypeError as e:
    print('TypeError', e)

print('--- WeakKeyDictionary')
b = Obj('b')
wk = weakref.WeakKeyDictionary({a: 1})
wk[b] = 2
wk.update({c: 3})
show('init', wk)
print('in', a in wk, Obj('z') in wk, 1 in wk)
print('get', wk.get(a), wk.get(Obj('z')), wk.get(Obj('z'), 0))
print('getitem', wk[c])
print('keys', sorted(map(str, wk.keys())), 'values', sorted(wk.values()))
print('iter', sorted(map(str, wk)))
print('keyrefs', sorted(str(r()) for r in wk.keyrefs()))
print('setdefault', wk.setdefault(a, 9), wk.setdefault(Obj('tmp'), 7))
show('after setdefault', wk)
print('pop', wk.pop(c), wk.pop(c, 'dflt'))
wk[c] = 3
cp = wk.copy()
print('copy', type(cp).__name__, cp == wk)
dc = copy.deepcopy(weakref.WeakKeyDictionary({a: [1, 2]}))
print('deepcopy', list(dc.values()))
print('eq', wk == {a: 1, b: 2, c: 3}, wk != {a: 1})
del b
show('after del b', wk)
k, v = wk.popitem()
print('popitem', len(wk))
wk.clear()
show('clear', wk)
x = weakref.WeakKeyDictionary({a: 1}) | {c: 2}
show('or', x)
r = {a: 5} | weakref.WeakKeyDictionary({a: 6})
print('ror', type(r).__name__, r[a])


class MyWVD(weakref.WeakValueDictionary):
    pass


m = MyWVD(a=a)
print('subclass copy', type(m.copy()).__name__, type(copy.deepcopy(m)).__name__)
