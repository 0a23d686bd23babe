from collections import Counter

a = Counter('abracadabra')
b = Counter(a=1, b=5, z=-2)
print(a, b)
print(a + b, a - b, a | b, a & b)
print(+b, -b)
print(a.most_common(2), a.most_common(), a.total())
print(sorted(a.elements()))
print(a == Counter(dict(a)), a != b, a <= a + b, a < a + b, b >= b, b > b)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=1, b=0))
print(a == dict(a), a.__eq__(dict(a)), a.__lt__(3))
c = Counter(x=3, y=1)
c.subtract('xxy')
print(c)
c.subtract({'y': 4}, x=1)
print(c)
c.update(['y', 'y'], q=2)
c.update({'q': 1})
print(c)
d = Counter(a=3, b=-1, c=0)
d += Counter(b=2)
print(d)
d -= Counter(a=1)
print(d)
d |= Counter(a=5, e=1, f=-3)
print(d)
d &= Counter(a=4)
print(d)
del d['missing']
del d['a']
print(d, d['nothing'], 'nothing' in d)
print(Counter({'a': 1, 'b': 'x'}))
print(Counter(), repr(Counter().copy()), type(a.copy()).__name__)
print(a.__reduce__()[0].__name__, a.__reduce__()[1])
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print('NotImplementedError', e)
try:
    a + 1
except TypeError as e:
    print('TypeError', e)
class Sub(Counter):
    pass
s = Sub('aab')
print(s, type(s + s).__name__, type(s.copy()).__name__, repr(Sub()))
print(Counter('aab') == Counter('aba'), hash is not None, Counter.__hash__)
