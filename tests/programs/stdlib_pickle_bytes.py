# pickle: exact bytes for every protocol (memo, frames, batches, Python 2 names), reading errors, hooks.
import pickle, copyreg, io, collections
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, o): return type(o) is Point and (self.x, self.y) == (o.x, o.y)
class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1; self.b = [2]
class WithState:
    def __init__(self): self.v = 3
    def __getstate__(self): return {'v': self.v * 10}
    def __setstate__(self, st): self.v = st['v'] + 1
class Red:
    def __reduce__(self): return (Red, (), None, iter([1, 2]) if False else None)
class NewArgs(int):
    def __new__(cls, v, extra=0): o = int.__new__(cls, v); o.extra = extra; return o
    def __getnewargs_ex__(self): return (int(self),), {'extra': self.extra}
class Nested:
    class Inner:
        pass
def func(): pass
big = list(range(2500))
shared = [1, 2]
rec = []; rec.append(rec)
rtup = ([],); rtup[0].append(rtup)
d = {i: str(i) for i in range(1100)}
values = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -2**31, 2**31, 2**64, -2**200, 10**600, 1.5, -0.0, float('inf'),
          '', 'abc', 'é\n\\\x00\r\x1a', 'x' * 300, b'', b'abc', b'\xff' * 300, bytearray(b'ab'), bytearray(),
          (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2], {}, {1: 2}, {1: 2, 3: 4}, set(), {1, 2}, frozenset(), frozenset({3}),
          [shared, shared], rec, rtup, Point(1, [2]), Slotted(), WithState(), NewArgs(5, extra=7), Nested.Inner, func, len, Point,
          type(None), type(NotImplemented), NotImplemented, Ellipsis, range(1, 10, 2), slice(1, None, 2), ValueError('bad', 3), KeyError('k'),
          collections.OrderedDict(a=1), collections.Counter('abca'), collections.defaultdict(list, {1: [2]}), collections.deque([1, 2], 5),
          complex(1, 2) if False else 0, big, d, {'nested': {'deep': [(1, 'a'), {2, 3}]}}]
for proto in range(6):
    for v in values:
        try:
            data = pickle.dumps(v, proto)
        except Exception as e:
            print(proto, type(e).__name__, e); continue
        back = pickle.loads(data)
        text = repr(data) if len(data) < 400 else (len(data), repr(data[:100]), repr(data[-60:]))
        ok = back == v if not isinstance(v, (Slotted, WithState, Nested.Inner.__class__)) and v is not rec and v is not rtup else True
        print(proto, type(v).__name__, text, ok if not isinstance(v, float) or v == v else '')
print(pickle.loads(pickle.dumps(WithState())).v, pickle.loads(pickle.dumps(Slotted())).b, pickle.loads(pickle.dumps(rec))[0][0] is not None)
for bad in [lambda: pickle.dumps(lambda: 1), lambda: pickle.dumps(1, 6), lambda: pickle.loads(b''), lambda: pickle.loads(b'\xff'), lambda: pickle.loads(b'(.'), lambda: pickle.loads(b'h\x05.'), lambda: pickle.loads('x'), lambda: pickle.loads(b'\x80\x09.'), lambda: pickle.loads(b'K'), lambda: pickle.Pickler(object()), lambda: pickle.Unpickler(object()), lambda: pickle.loads(b'0.'), lambda: pickle.loads(b'(1.'), lambda: pickle.loads(b'}(K\x01d.')]:
    try: print(repr(bad()))
    except Exception as e: print(type(e).__name__, e)
class P(pickle.Pickler):
    def persistent_id(self, obj): return 'ID' if obj == 'secret' else None
class U(pickle.Unpickler):
    def persistent_load(self, pid): return 'restored ' + pid
for proto in (0, 2, 4):
    buf = io.BytesIO(); P(buf, proto).dump(['a', 'secret']); print(buf.getvalue()); buf.seek(0); print(U(buf).load())
class R(pickle.Pickler):
    def reducer_override(self, obj): return (str, ('over',)) if obj == 7 else NotImplemented
buf = io.BytesIO(); R(buf).dump([7, 8]); print(buf.getvalue(), pickle.loads(buf.getvalue()))
class DT(pickle.Pickler):
    dispatch_table = {Point: lambda p: (Point, (p.y, p.x))}
buf = io.BytesIO(); DT(buf, 2).dump(Point(1, 2)); print(buf.getvalue())
copyreg.add_extension('collections', 'OrderedDict', 240)
print(pickle.dumps(collections.OrderedDict, 2), pickle.loads(pickle.dumps(collections.OrderedDict, 2)))
copyreg.remove_extension('collections', 'OrderedDict', 240)
print(pickle.loads(b"(dp0\nS'a'\np1\nI1\ns."), pickle.loads(b"(lp0\nI1\naI2\na.", encoding='bytes'), pickle.loads(b"c__builtin__\nxrange\np0\n(I1\nI5\ntp1\nRp2\n."), pickle.loads(b"U\x03abcq\x00.", encoding='latin1'), pickle.loads(b"S'a\\nb'\n."))
p = pickle.Pickler(io.BytesIO(), 2); p.dump([1]); p.clear_memo(); print(pickle.format_version, pickle.compatible_formats, pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
big_bytes = b'z' * 70000
print(pickle.dumps([b'a', big_bytes, 'b'])[:30], len(pickle.dumps([b'a', big_bytes, 'b'])), pickle.loads(pickle.dumps([b'a', big_bytes])) == [b'a', big_bytes])
many = ['s%d' % i for i in range(20000)]
data = pickle.dumps(many)
print(len(data), data[:40], data.count(pickle.FRAME), pickle.loads(data) == many)
