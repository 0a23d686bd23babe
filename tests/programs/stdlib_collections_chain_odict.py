from collections import ChainMap, OrderedDict, defaultdict

base = {'a': 1, 'b': 2}
cm = ChainMap({'b': 20}, base)
print(cm, len(cm), list(cm), cm['a'], cm['b'], cm.get('zz', 0), 'a' in cm, bool(cm))
print(list(cm.keys()), list(cm.items()), list(cm.values()))
print(cm.keys(), ('a', 1) in cm.items(), ('a', 2) in cm.items(), 20 in cm.values())
child = cm.new_child(c=3)
print(child, child.parents, cm.new_child({'x': 1}, y=2))
child['d'] = 4
print(child.pop('d'), child.setdefault('a', 9), child.setdefault('new', 7), child.maps[0])
for action in (lambda: child.pop('zz'), lambda: child.__delitem__('a'),
               lambda: ChainMap().popitem(), lambda: ChainMap()['q']):
    try:
        action()
    except KeyError as e:
        print('KeyError', e)
print(child.pop('zz', 'default'), ChainMap.fromkeys('ab', 0), cm.copy())
print(cm | {'z': 0}, {'z': 0} | cm, cm == {'a': 1, 'b': 20}, cm == 3)
cm |= {'q': 1}
print(cm, ChainMap(), bool(ChainMap({})))
cm.clear()
print(cm)
loop = ChainMap()
loop['self'] = loop
print(loop)
class Dflt(ChainMap):
    def __missing__(self, key):
        return 'missing:' + key
print(Dflt({'a': 1})['b'], Dflt({}).setdefault('z', 3))
dd = ChainMap(defaultdict(int))
print(dd['k'], dict(dd.maps[0]))

od = OrderedDict([('x', 1), ('y', 2)], z=3)
od.move_to_end('x')
od.move_to_end('z', last=False)
print(od, list(od.keys()), list(reversed(od)), od.popitem(), od.popitem(last=False))
print(od.keys(), od.values(), od.items(), list(reversed(od.items())))
od.update({'m': 1}, n=2)
print(od, od == OrderedDict([('y', 2), ('m', 1), ('n', 2)]), od == OrderedDict([('m', 1), ('y', 2), ('n', 2)]))
print(od == {'n': 2, 'm': 1, 'y': 2}, od != {'a': 1}, od.keys() & {'m'}, sorted(od.keys() - {'m'}))
print(od | {'q': 0}, {'q': 0} | od, OrderedDict.fromkeys('ab', 1), od.copy(), OrderedDict())
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
try:
    od.move_to_end('nope')
except KeyError as e:
    print('KeyError', e)
rec = OrderedDict()
rec['me'] = rec
print(rec, type(od.keys()).__name__, type(od).__name__)

d = defaultdict(list)
d['a'].append(1)
print(d, d.copy(), d | {'b': 2}, {'c': 3} | d, defaultdict(None, {'a': 1}))
d2 = defaultdict(lambda: 0)
print(d2['x'], type(d2.__reduce__()), d2.__reduce__()[1] == (d2.default_factory,))
try:
    defaultdict(3)
except TypeError as e:
    print('TypeError', e)
try:
    defaultdict()['x']
except KeyError as e:
    print('KeyError', e)
d3 = defaultdict(int)
d3.default_factory = d3
print(repr(d3)[:40])
