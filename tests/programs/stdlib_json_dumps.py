import json

print(json.dumps([1, 2.5, "x", None, True, False, {"a": [1, {"b": ()}]}]))
print(json.dumps({"k": "v"}, indent=2))
print(json.dumps([1, [2, [3, []]], {}], indent=4))
print(json.dumps({"a": [1, 2], "b": {"c": None}}, indent="\t"))
print(json.dumps({"a": [1, 2], "b": {}}, indent=0))
print(json.dumps([1, 2], indent=2, separators=(', ', ': ')))
print(json.dumps({"a": 1, "b": [2, 3]}, separators=(',', ':')))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True))
print(json.dumps({3: 'x', 1.5: 'y', True: 't', False: 'f', None: 'n', 'a': 1}))
print(json.dumps({2: 1, 1: 2}, sort_keys=True))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print('TypeError', e)
print(json.dumps({(1, 2): 3, 'ok': 1}, skipkeys=True))
print(json.dumps({(1, 2): 3}, skipkeys=True))
try:
    json.dumps({1: 2, 'a': 3}, sort_keys=True)
except TypeError as e:
    print('TypeError', e)

# strings
print(json.dumps("héllo wörld \u20ac \U0001f600"))
print(json.dumps("héllo wörld \u20ac \U0001f600", ensure_ascii=False))
print(json.dumps('quote " backslash \\ slash / \n\r\t\b\f \x00 \x1f \x7f'))
print(json.dumps(['\u2028\u2029', 'a' * 5]))

# floats
print(json.dumps([0.1, 1e100, 1e-7, -0.0, 3.0, 1.5e16, 123456789.125]))
print(json.dumps([float('nan'), float('inf'), float('-inf')]))
for v in [float('nan'), float('inf'), [float('-inf')], {'a': float('inf')}]:
    try:
        json.dumps(v, allow_nan=False)
    except ValueError as e:
        print('ValueError', e)
print(json.dumps({1.0: 1, float('inf'): 2}))

# subclasses
class MyInt(int):
    def __repr__(self):
        return 'MyInt!'
class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'
class MyStr(str):
    pass
class MyList(list):
    pass
class MyDict(dict):
    pass
print(json.dumps([MyInt(5), MyFloat(2.5), MyStr('s'), MyList([1]), MyDict(a=1)]))
print(json.dumps({MyInt(7): MyStr('v')}))
print(json.dumps((1, (2, 3))))

# errors
class Thing:
    pass
try:
    json.dumps([1, Thing()])
except TypeError as e:
    print('TypeError', e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print('TypeError', e)
print(json.dumps([Thing(), {1, 2}], default=lambda o: sorted(o) if isinstance(o, set) else 'thing'))

a = [1]
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print('ValueError', e)
d = {}
d['self'] = d
try:
    json.dumps(d)
except ValueError as e:
    print('ValueError', e)
shared = [1, 2]
print(json.dumps([shared, shared, {'x': shared}]))

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        return super().default(o)
print(json.dumps({'c': Point(1, 2.0)}, cls=Enc))
print(Enc(indent=1).encode([Point(0.0, 1.0)]))
print(list(json.JSONEncoder().iterencode("x")) == ['"x"'])
print(json.JSONEncoder(sort_keys=True, indent=1).encode({'b': [], 'a': {}}))
try:
    Enc().encode(Thing())
except TypeError as e:
    print('TypeError', e)
e = json.JSONEncoder()
print(repr(e.item_separator), repr(e.key_separator), repr(json.JSONEncoder(indent=2).item_separator))
print(json.dumps("plain"), json.dumps(12), json.dumps(None), json.dumps(True))
print(json.dumps(10**30), json.dumps(-5))

class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
json.dump({'a': [1, 2, {'b': None}]}, w)
print(''.join(w.parts))
w = W()
json.dump([1, 'z'], w, indent=2)
print(''.join(w.parts))
