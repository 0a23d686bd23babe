import pprint, collections, types
a = [1, 2]; a.append(a)
d = {'k': [1, 2, 3] * 10}; d['me'] = d
ns = types.SimpleNamespace(x=1, y=list(range(30))); ns.me = ns
print(pprint.pformat(a, width=5).replace(hex(id(a)), 'ID').replace(str(id(a)), 'ID'))
print(pprint.pformat(d).replace(str(id(d)), 'ID'))
print(pprint.pformat(ns, width=30))
class P(pprint.PrettyPrinter):
    def format(self, obj, context, maxlevels, level):
        if isinstance(obj, str):
            return obj.upper(), True, False
        return super().format(obj, context, maxlevels, level)
print(P(width=20).pformat({'ab': ['cd', 'ef' * 10], 'x': 'y'}))
print(pprint.pformat({1: 'a', 'b': 2, None: 3, (1,): 4, 2.5: 5, 'a': 6}, width=20))
print(pprint.pformat({3, 'x', None, 2.0, (1, 2)}, width=10))
print(pprint.pformat(collections.ChainMap(), width=1), pprint.pformat(collections.ChainMap({}), width=1))
print(pprint.pformat(collections.deque(range(30), maxlen=40)))
print(pprint.pformat(collections.UserList(range(30))), pprint.pformat(collections.UserDict(a=list(range(30)))))
print(pprint.pformat(collections.UserString('hello world ' * 10), width=30))
print(pprint.pformat(types.MappingProxyType({'a': list(range(30))})))
print(pprint.pformat(b'abcdefgh' * 5, width=20), pprint.pformat([b'abcdefgh' * 5], width=20), pprint.pformat(bytearray(b'xyz' * 20), width=30))
print(pprint.pformat(b'abcdefghi' * 3, width=15))
print(pprint.pformat('a b c d e f g h i j k l m n o p q r s t', width=8))
print(pprint.pformat(['a b c d e f g h i j k l m n o p q r s t'], width=8))
print(pprint.pformat('x\n\ny\n', width=3))
print(pprint.pformat(-1234567, underscore_numbers=True), pprint.saferepr(10**10), pprint.pformat(True, underscore_numbers=True))
class E:
    def __repr__(self): return ''
print(repr(pprint.isreadable(E())), repr(pprint.isreadable([E()])), repr(pprint.isreadable({1: E()})))
print(pprint.PrettyPrinter().isreadable(a), pprint.PrettyPrinter().isrecursive(a), pprint.isreadable(1.5), pprint.saferepr({'a': {'b': {}}}))
print(pprint.pformat([[[[1]]]], depth=2), pprint.pformat({'a': {'b': {'c': 1}}}, depth=1), pprint.pformat(((1,),), depth=1))
try:
    pprint.PrettyPrinter(indent='x')
except ValueError as e:
    print('VE', e)
pprint.pprint(list(range(3)), indent=4.7, width=10.9)
class DD(collections.defaultdict): pass
print(pprint.pformat(DD(int, {'a': list(range(20))}), width=30))
print(pprint.pformat(collections.Counter('abracadabra' * 5), width=20))
print(pprint.pformat(collections.OrderedDict(a=1), width=2))
pprint.pp({'b': 1, 'a': [2] * 40})
pprint.pp({'b': 1, 'a': 2}, sort_dicts=True)
import sys
print(pprint.pformat(sys.maxsize, width=2))
