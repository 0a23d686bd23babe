# json's native encoder: escapes, ensure_ascii, indent, separators, sort_keys,
# key coercion, skipkeys, default, allow_nan, check_circular, subclasses and
# the pieces iterencode / dump produce.
import enum
import io
import json


class MyStr(str):
    pass


class MyInt(int):
    def __repr__(self):
        return 'MyInt!'


class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'


class MyList(list):
    pass


class MyDict(dict):
    pass


class Color(enum.IntEnum):
    RED = 1
    GREEN = 2


class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y


texts = ['', 'plain', 'quote " back \\ slash /', 'ctl \x00\x01\x1f\x7f \b\f\n\r\t',
         'é ü ß', '日本語', '\U0001f600 astral', 'mixed \u2028\u2029 \ufeff',
         '\ud800 lone \udfff', '\ud83d\ude00 pair as two']
for t in texts:
    print(json.dumps(t), json.dumps(t, ensure_ascii=False).encode('utf-8', 'surrogatepass'))
    print(json.dumps([t, {t: t}]))

data = {'b': [1, 2.5, -0.0, 1e300, 1e-7, 123456789012345678901234567890, True, False, None],
        'a': {'nested': [[], {}, [[]], ({'x': ()},)]}, 'c': 'text', 'd': (1, 'two')}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent='\t', sort_keys=True))
print(json.dumps(data, indent=0))
print(json.dumps(data, separators=(',', ':')))
print(json.dumps(data, indent=3, separators=(' ,', ' : ')))
print(json.dumps(data, indent=''))

# Keys of every kind.
print(json.dumps({True: 1, False: 2, None: 3, 1.5: 4, 7: 5, -2: 6, 'k': 7, 10**20: 8}))
print(json.dumps({2: 'a', 1: 'b', 3: 'c'}, sort_keys=True))
print(json.dumps({MyStr('s'): MyInt(5), Color.RED: Color.GREEN, MyFloat(2.5): MyFloat(0.5)}))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print('TypeError', e)
print(json.dumps({(1, 2): 3, 'ok': 1, frozenset(): 2}, skipkeys=True))
try:
    json.dumps({1: 'a', 'b': 2}, sort_keys=True)
except TypeError as e:
    print('TypeError', e)

# Floats.
print(json.dumps([float('nan'), float('inf'), float('-inf'), 0.1, 1/3, 1e16, 2.0**70]))
for bad in (float('nan'), float('inf'), [float('-inf')], {'k': float('inf')}, {float('nan'): 1}):
    try:
        json.dumps(bad, allow_nan=False)
    except ValueError as e:
        print('ValueError', e)

# Subclasses.
print(json.dumps([MyStr('x"y'), MyInt(3), MyFloat(1.25), Color.GREEN, MyList([1, MyList()]),
                  MyDict(a=MyDict())]))
print(json.dumps(MyList([1, 2]), indent=1), json.dumps(MyDict(z=1, a=2), sort_keys=True))

# default.
print(json.dumps([Pt(1, 2), {'p': Pt(3, Pt(4, 5))}], default=lambda o: {'x': o.x, 'y': o.y}))
print(json.dumps({1, 2, 3}, default=sorted))
print(json.dumps(Pt(1, 2), default=lambda o: [o.x, o.y], indent=1))
try:
    json.dumps([1, Pt(1, 2)])
except TypeError as e:
    print('TypeError', e)


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Pt):
            return ('pt', o.x, o.y)
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)


print(Enc().encode([Pt(1, 2), 1j]), Enc(indent=1).encode({'c': 2 + 3j}))
print(list(Enc().iterencode({'a': [Pt(0, 0)]})))

# Circularity.
a = []
a.append(a)
d = {}
d['self'] = d
for obj in (a, d, [a], {'x': [d]}):
    for kw in ({}, {'indent': 2}):
        try:
            json.dumps(obj, **kw)
        except ValueError as e:
            print('ValueError', e)
loop = Pt(0, 0)
try:
    json.dumps(loop, default=lambda o: o)
except ValueError as e:
    print('ValueError', e)
shared = [1]
print(json.dumps([shared, shared, {'a': shared}]))
try:
    json.dumps(a, check_circular=False)
except RecursionError as e:
    print('RecursionError', e)

# The pieces of iterencode and of dump.
for obj in ([1, 'a', [2, {}], {'k': [3]}], {'a': 1, 'b': [True, None]}, 'top', 5, [], {}):
    print(list(json.JSONEncoder().iterencode(obj)))
    print(list(json.JSONEncoder(indent=2, sort_keys=True).iterencode(obj)))
    print(list(json.JSONEncoder(separators=(',', '')).iterencode(obj, _one_shot=True)))


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


w = Writer()
json.dump({'a': [1, 2, {'b': None}], 'c': 'x'}, w)
print(w.parts)
w = Writer()
json.dump([1, [2, [3]]], w, indent=1)
print(w.parts)
f = io.StringIO()
json.dump(data, f, sort_keys=True, indent=4)
print(f.getvalue() == json.dumps(data, sort_keys=True, indent=4))

# A dict changed by default() while it is encoded.
grow = {'a': Pt(0, 0), 'b': 1}


def mutate(o):
    grow['c'] = 3
    return 0


try:
    json.dumps(grow, default=mutate)
except RuntimeError as e:
    print('RuntimeError', e)
# A list grown by default() while it is encoded.
lst = [Pt(0, 0)]


def extend(o):
    if len(lst) < 4:
        lst.append(Pt(0, 0))
    return len(lst)


print(json.dumps(lst, default=extend))

# Big documents, and big ints under the digit limit.
big = [{'id': i, 'name': 'n%d' % i, 'v': i * 0.5, 's': 'é\n' * (i % 3)} for i in range(300)]
s1 = json.dumps(big)
print(len(s1), len(json.dumps(big, indent=1)), len(json.dumps(big, ensure_ascii=False)))
print(json.loads(s1) == big)
try:
    json.dumps([10 ** 5000])
except ValueError as e:
    print('ValueError', e)
print(json.dumps(''.join(chr(c) for c in range(0x20, 0x300))))
print(json.dumps(''.join(chr(c) for c in range(0x20, 0x300)), ensure_ascii=False))
