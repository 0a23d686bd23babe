# defaultdict instances have no namespace and take no weak references (CPython's C
# type); default_factory is a member descriptor; a subclass gains both.
import weakref
from collections import defaultdict, OrderedDict

d = defaultdict(int)
try:
    d.x = 1
except AttributeError as e:
    print('AttributeError', e)
try:
    weakref.ref(d)
except TypeError as e:
    print('TypeError', e)
print(defaultdict.__dict__['default_factory'])
d.default_factory = list
d['k'].append(1)
print(d)


class Tally(defaultdict):
    pass


class Ordered(OrderedDict):
    pass


print(list(vars(Tally)), list(vars(Ordered)))
t = Tally(int)
t.label = 'tally'
t['a'] += 1
print(t, t.label, weakref.ref(t)() is t)
o = OrderedDict()
o.note = 'x'
print(vars(o), weakref.ref(o)() is o)
