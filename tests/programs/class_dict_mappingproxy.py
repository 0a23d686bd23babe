# A class's __dict__ is a live read-only mappingproxy; types.MappingProxyType makes
# one over any mapping (reads, comparisons, |, str / repr, CPython's errors).
import types, collections.abc, pprint, copy
class A:
    x = 1
    def f(self): pass
d = A.__dict__
print(type(d), type(d).__name__, type(d).__module__, isinstance(d, collections.abc.Mapping))
print(d['x'], 'x' in d, len(d) >= 4, list(d)[:2], d.get('nope', 5), sorted(d.keys())[:3])
print(repr(types.MappingProxyType({'a': 1})), str(types.MappingProxyType({'a': 1})))
try:
    d['y'] = 2
except TypeError as e:
    print('TypeError', e)
try:
    del d['x']
except TypeError as e:
    print('TypeError', e)
A.y = 3
print('y' in d, d['y'], vars(A) == dict(d), d == A.__dict__)
m = types.MappingProxyType({'b': 2})
print(m | {'c': 3}, {'z': 0} | m, m.copy(), list(reversed(m)), m == {'b': 2}, m != {})
try:
    m |= {}
except TypeError as e:
    print('TypeError', e)
for bad in ([], (1,), 3, None):
    try:
        types.MappingProxyType(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    types.MappingProxyType()
except TypeError as e:
    print('TypeError', e)
print(types.MappingProxyType(mapping={'k': 1}))
try:
    hash(m)
except TypeError as e:
    print('TypeError', e)
try:
    m.x = 1
except AttributeError as e:
    print('AttributeError', e)
pprint.pprint(types.MappingProxyType({'a': list(range(30)), 'b': 'x' * 50}))
try:
    copy.copy(m)
except TypeError as e:
    print("TypeError", e)
print(type(int.__dict__), int.__dict__['bit_length'], '__doc__' in int.__dict__)
print(sorted(types.MappingProxyType(collections.OrderedDict(a=1)).items()))
class B(A): pass
print(B.__dict__, B.__dict__.get('x'), B.__mro__[1].__dict__['x'])
