# deque's methods carry CPython's text signatures (its named methods have none) and
# docstrings; OrderedDict's and defaultdict's methods take self positionally only,
# with CPython's parameter names.
import inspect
from collections import deque, OrderedDict, defaultdict


def signature(f):
    try:
        return str(inspect.signature(f))
    except ValueError as e:
        return 'ValueError: ' + str(e).split(' <')[0]


print(deque.__doc__)
for name in ('append', 'appendleft', 'pop', 'extend', 'rotate', 'index', 'insert',
             'remove', 'count', 'clear', 'copy', 'reverse', '__len__', '__getitem__',
             '__iadd__', '__contains__', '__init__', '__reversed__'):
    m = getattr(deque, name)
    print(name, signature(m), '|', (m.__doc__ or '').splitlines()[0])
print(deque.__init__.__doc__)
for name in ('move_to_end', 'popitem', '__repr__', '__eq__', '__or__', '__init__'):
    m = getattr(OrderedDict, name)
    print(name, inspect.signature(m), '|', (m.__doc__ or '').splitlines()[0])
print(inspect.signature(OrderedDict.fromkeys))
for name in ('__init__', '__repr__', '__or__', '__ror__'):
    print(name, inspect.signature(getattr(defaultdict, name)))
print(defaultdict.__doc__.splitlines()[0], defaultdict.__missing__.__doc__.splitlines()[0])
od = OrderedDict(a=1, b=2)
od.move_to_end(key='a')
print(od, od.popitem(last=False))
try:
    OrderedDict(1, 2)
except TypeError as e:
    print(e)
try:
    od.update({}, {})
except TypeError as e:
    print(e)
dd = defaultdict(list, [('x', [1])], y=[2])
print(dd, defaultdict(), defaultdict(None, {'k': 0}))
try:
    defaultdict(1)
except TypeError as e:
    print(e)
print(ValueError.__init__.__doc__)
print(KeyError.__init__.__text_signature__, OSError.__str__.__doc__)
