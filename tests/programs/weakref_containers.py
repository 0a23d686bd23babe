# WeakMethod, WeakValueDictionary, WeakKeyDictionary and WeakSet lose entries as their referents die.
import weakref, gc
class C:
    def m(self): return "m"
c = C()
wm = weakref.WeakMethod(c.m)
print(wm()(), isinstance(wm, weakref.ref), type(wm).__name__)
print(wm == weakref.WeakMethod(c.m), wm().__func__ is C.m)
wm2 = weakref.WeakMethod(c.m, lambda r: print("wm dead", r is wm2))
del c
print(wm(), wm2())
try: weakref.WeakMethod(len)
except TypeError as e: print(e)
class K:
    def __init__(self, n): self.n = n
    def __repr__(self): return "K(%d)" % self.n
d = weakref.WeakValueDictionary()
ks = [K(i) for i in range(4)]
for i, k in enumerate(ks): d[i] = k
print(len(d), sorted(d.keys()), d[2], d.get(9), 3 in d)
del ks[1]
print(len(d), sorted(d.keys()), 1 in d)
try: d[1]
except KeyError as e: print("KeyError", e)
print(sorted(d.items(), key=lambda kv: kv[0]))
print(d.pop(0), len(d), d.setdefault(7, ks[0]), sorted(d))
ks.clear()
print(len(d), list(d))
wk = weakref.WeakKeyDictionary()
a, b = K(1), K(2)
wk[a] = "a"; wk[b] = "b"
print(len(wk), wk[a], a in wk, wk.get(b))
del a
print(len(wk), [k.n for k in wk], list(wk.values()))
s = weakref.WeakSet()
x, y = K(5), K(6)
s.add(x); s.add(y); s.add(x)
print(len(s), x in s, K(7) in s, sorted(k.n for k in s))
del x
print(len(s), [k.n for k in s])
s.discard(y); print(len(s))
n1 = K(10); n2 = K(11)
c1 = K(12); c1.me = c1
s2 = weakref.WeakSet([n1, n2, c1])
del c1
print(len(s2))
gc.collect()
print(len(s2))
print(weakref.WeakSet([n1]) == weakref.WeakSet([n1]), weakref.WeakSet() == weakref.WeakSet())
