import pprint

data = {'name': 'example', 'numbers': list(range(30)), 'nested': {'a': [1, 2, {'b': (3, 4)}], 'c': 'x' * 50},
        'tuple1': (1,), 'empty': [], 'emptyd': {}, 'set': {3, 1, 2}, 'fs': frozenset({5, 4}), 'none': None}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=4, width=60)
pprint.pprint(data, depth=2)
pprint.pprint(data, depth=1)
pprint.pprint(list(range(40)), compact=True)
pprint.pprint([list(range(8))] * 5, compact=True, width=40)
pprint.pprint([list(range(8))] * 5, width=40)
pprint.pp({'z': 1, 'a': 2, 'm': [3] * 30})
pprint.pprint({'z': 1, 'a': 2, 'm': [3] * 30}, sort_dicts=False)
pprint.pprint([10 ** 12, 123456789, {'big': 2 ** 70}], underscore_numbers=True, width=30)
print(pprint.pformat(('a', 'b') * 20))
print(pprint.pformat((('single',),) * 1, width=5))
print(pprint.pformat({1: 'a', 'b': 2, (1, 2): 3, None: 4}))
s = 'The quick brown fox jumps over the lazy dog. ' * 5
pprint.pprint(s)
pprint.pprint([s, 'short'], width=50)
pprint.pprint({'key': s}, width=60)
pprint.pprint('line one\nline two is here\n' * 4, width=30)
pprint.pprint('nospacesatallinthisverylongstringthatcannotbesplitanywhere' * 2, width=40)
pprint.pprint('', width=5)
pprint.pprint([[1, 2, [3, 4, [5, 6, [7, 8]]]], 'abc'], width=10)
pprint.pprint({'a': {'b': {'c': {'d': {'e': 'deep'}}}}}, width=15)
pprint.pprint(set(range(25)))
pprint.pprint(frozenset(range(25)))
pprint.pprint(set(), width=1)
pprint.pprint(((1, 2), [3, 4], {5: 6}), width=8)

class Custom:
    def __repr__(self):
        return '<Custom object>'
pprint.pprint([Custom()] * 4, width=20)
print(pprint.saferepr([1, {'a': (2, 3)}, 'x']), pprint.isreadable([1, 2]), pprint.isreadable([Custom()]))
a = [1, 2]
a.append(a)
print(pprint.isrecursive(a), pprint.isrecursive([1, [2]]), pprint.isreadable(a))
print(pprint.saferepr(a).startswith('[1, 2, <Recursion on list with id='))
d = {'k': 1}
d['self'] = d
print(pprint.pformat(d).startswith("{'k': 1, 'self': <Recursion on dict with id="))

pp = pprint.PrettyPrinter(indent=2, width=30, compact=True)
print(pp.pformat({'alpha': list(range(12)), 'beta': ('x', 'y')}))
print(pp.isreadable({'a': 1}), pp.isrecursive([]))
for bad in [{'indent': -1}, {'depth': 0}, {'width': 0}]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print('ValueError', e)

class W:
    def __init__(self):
        self.out = []
    def write(self, s):
        self.out.append(s)
w = W()
pprint.pprint({'x': [1, 2]}, stream=w)
print(repr(''.join(w.out)))
class MyList(list):
    pass
class MyDict(dict):
    pass
pprint.pprint(MyList(range(30)))
pprint.pprint(MyDict(a=list(range(30))))
