import pickle
import io
import copyreg


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)

    def norm(self):
        return abs(self.x) + abs(self.y)


class Empty:
    pass


class Slotted:
    __slots__ = ('a', 'b')

    def __getstate__(self):
        return (self.a, self.b)

    def __setstate__(self, state):
        self.a, self.b = state


class Slotted2:
    __slots__ = ('a', 'b')


class WithState:
    def __init__(self):
        self.value = 1
        self.cache = 'drop me'

    def __getstate__(self):
        d = self.__dict__.copy()
        del d['cache']
        return d

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = None


class Reduced:
    def __init__(self, a, b=0):
        self.a = a
        self.b = b

    def __reduce__(self):
        return (Reduced, (self.a, self.b))


class ReducedEx:
    def __reduce_ex__(self, proto):
        return (ReducedEx, (), {'proto_seen': proto})


class NewArgs:
    def __new__(cls, n):
        obj = object.__new__(cls)
        obj.n = n
        return obj

    def __getnewargs__(self):
        return (self.n,)


class NewArgsEx:
    def __new__(cls, *, k):
        obj = object.__new__(cls)
        obj.k = k
        return obj

    def __getnewargs_ex__(self):
        return ((), {'k': self.k})


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyInt(int):
    pass


class Outer:
    class Inner:
        pass


class MyError(Exception):
    pass


def func():
    return 42


def show(obj, protos=range(6)):
    for proto in protos:
        data = pickle.dumps(obj, proto)
        print(proto, data)


p = Point(1, 2)
show(p)
show(Empty())
s = Slotted()
s.a, s.b = 1, 'two'
show(s)
s2 = Slotted2()
s2.a = 5
show(s2, range(2, 6))
show(WithState())
show(Reduced(3, 4))
show(ReducedEx())
show(NewArgs(7))
show(NewArgsEx(k=9))
ml = MyList([1, 2])
ml.attr = 'x'
show(ml)
show(MyDict(a=1))
show(MyInt(5), range(2, 6))
show(Outer.Inner, range(2, 6))
show(Outer.Inner(), range(4, 6))
show([func, Point, Point.norm, len, max], range(6))
show(ValueError('bad', 3))
e = MyError('x')
e.extra = 1
show(e, range(2, 6))

for proto in range(6):
    for obj in [p, Empty(), s, WithState(), Reduced(3, 4), ReducedEx(), NewArgs(7), NewArgsEx(k=9),
                ml, MyDict(a=1), Outer.Inner(), ValueError('bad', 3), e, func, Point.norm]:
        if proto < 2 and type(obj) in (NewArgsEx, NewArgs):
            continue
        if proto < 4 and type(obj) is Outer.Inner:
            continue
        back = pickle.loads(pickle.dumps(obj, proto))
        print(proto, type(back).__name__, sorted(vars(back).items()) if hasattr(back, '__dict__') else '',
              getattr(back, 'a', ''), back == obj if type(obj) in (Point, MyDict) else '',
              list(back) if isinstance(back, list) else '', getattr(back, 'args', ''))
back = pickle.loads(pickle.dumps(s2, 2))
print(back.a, hasattr(back, 'b'))
back = pickle.loads(pickle.dumps(MyInt(5), 2))
print(type(back).__name__, back + 1)

# shared and recursive references
shared = [1, 2]
obj = [shared, shared, (shared,)]
for proto in range(6):
    data = pickle.dumps(obj, proto)
    back = pickle.loads(data)
    print(proto, data, back[0] is back[1] is back[2][0])
rec = [1]
rec.append(rec)
d = {'self': None}
d['self'] = d
t = ([],)
t[0].append(t)
for proto in range(6):
    for o in (rec, d, t):
        data = pickle.dumps(o, proto)
        print(proto, data)
    back = pickle.loads(pickle.dumps(rec, proto))
    print(back[1] is back, end=' ')
    back = pickle.loads(pickle.dumps(d, proto))
    print(back['self'] is back, end=' ')
    back = pickle.loads(pickle.dumps(t, proto))
    print(back[0][0] is back)
pt = Point(0, 0)
pt.me = pt
back = pickle.loads(pickle.dumps(pt))
print(back.me is back, pickle.dumps(pt))

# file interface, several pickles in one stream
f = io.BytesIO()
pickle.dump({'a': 1}, f)
pickle.dump([1, 2, 3], f, protocol=0)
pickle.dump('end', f, 5)
print(f.getvalue())
f.seek(0)
print(pickle.load(f), pickle.load(f), pickle.load(f))
try:
    pickle.load(f)
except EOFError as e:
    print('EOFError', e)

# Pickler / Unpickler classes
f = io.BytesIO()
pk = pickle.Pickler(f, 2)
pk.dump('x')
pk.dump('x')
pk.clear_memo()
pk.dump('x')
print(f.getvalue())
f.seek(0)
up = pickle.Unpickler(f)
print(up.load(), up.load(), up.load())


class PersistentPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Point):
            return ('Point', obj.x, obj.y)
        return None


class PersistentUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        kind, x, y = pid
        return 'loaded %s(%d, %d)' % (kind, x, y)


for proto in (1, 2, 4):
    f = io.BytesIO()
    PersistentPickler(f, proto).dump([Point(1, 2), 3])
    print(f.getvalue())
    f.seek(0)
    print(PersistentUnpickler(f).load())
f = io.BytesIO()
PersistentPickler(f, 0).dump(Point(1, 2))
print(f.getvalue())
f.seek(0)
try:
    pickle.Unpickler(f).load()
except pickle.UnpicklingError as e:
    print('UnpicklingError', e)


class TablePickler(pickle.Pickler):
    dispatch_table = {Point: lambda p: (Point, (p.y, p.x))}


f = io.BytesIO()
TablePickler(f, 4).dump(Point(1, 2))
print(f.getvalue(), pickle.loads(f.getvalue()).x)


class OverridePickler(pickle.Pickler):
    def reducer_override(self, obj):
        if obj is func:
            return (max, (1, 2))
        return NotImplemented


f = io.BytesIO()
OverridePickler(f, 4).dump([func, 5])
print(f.getvalue(), pickle.loads(f.getvalue()))

# copyreg registrations and extension codes
copyreg.pickle(Empty, lambda o: (Empty, ()))
print(pickle.dumps(Empty(), 2))
del copyreg.dispatch_table[Empty]
copyreg.add_extension('__main__', 'Point', 240)
print(pickle.dumps(Point, 2), pickle.dumps(Point, 1), pickle.loads(pickle.dumps(Point, 2)) is Point)
copyreg.remove_extension('__main__', 'Point', 240)
print(pickle.dumps(Point, 2))
print(pickle.dumps(complex(1, 2)) if hasattr(complex, 'real') else '')

# big containers: batching and framing
big = list(range(2500))
data = pickle.dumps(big)
print(len(data), data[:20], data[-10:], pickle.loads(data) == big)
data = pickle.dumps(big, 1)
print(len(data), data[1000 * 2:1000 * 2 + 12], pickle.loads(data) == big)
bigd = {i: -i for i in range(2000)}
data = pickle.dumps(bigd)
print(len(data), data[-12:], pickle.loads(data) == bigd)
bigs = set(range(1000))
data = pickle.dumps(bigs)
print(len(data), data[-12:], pickle.loads(data) == bigs)
print(pickle.dumps(MyList(range(1001)), 4)[-12:])
strs = ['%05d' % i * 100 for i in range(300)]
data = pickle.dumps(strs)
print(len(data), pickle.loads(data) == strs)
print([data.find(b'\x95', i) for i in (0, 10, 70000)])
blob = b'z' * 70000
data = pickle.dumps([1, blob, 'a' * 70000, 2])
print(len(data), data[:30], data[70020:70060], pickle.loads(data)[1] == blob)
data = pickle.dumps(bytearray(blob), 5)
print(len(data), data[:24])
