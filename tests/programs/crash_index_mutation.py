# Indexes and slice bounds whose __index__ (or __eq__ / key function) resizes the
# container being indexed: positions are checked against the length after user code ran.
import collections, array
def run(name, f):
    try:
        r = f()
        print(name, 'ok', repr(r)[:80])
    except Exception as e:
        print(name, type(e).__name__, e)

def mk(container, ret=0):
    class I:
        def __index__(s):
            container.clear()
            return ret
    return I()

l = [1, 2, 3]; run('list get', lambda: l[mk(l)])
l = [1, 2, 3]; run('list get -1', lambda: l[mk(l, -1)])
l = [1, 2, 3]; 
def f(): l[mk(l)] = 5
run('list set', f)
l = [1, 2, 3]
def f(): del l[mk(l)]
run('list del', f)
l = [1, 2, 3]; run('list slice get', lambda: l[mk(l):3])
l = [1, 2, 3]; run('list slice get2', lambda: l[0:mk(l, 3)])
l = [1, 2, 3]; run('list slice step', lambda: l[0:3:mk(l, 2)])
l = [1, 2, 3]
def f(): l[0:mk(l,3)] = [9]; return l
run('list slice set', f)
l = [1, 2, 3]
def f(): l[0:3:mk(l,2)] = [9, 8]; return l
run('list ext slice set', f)
l = [1, 2, 3]
def f(): del l[0:3:mk(l,2)]; return l
run('list ext slice del', f)
l = [1, 2, 3]
def f(): del l[0:mk(l,3)]; return l
run('list slice del', f)
l = [1, 2, 3]; run('list insert', lambda: (l.insert(mk(l, 2), 9), l))
l = [1, 2, 3]; run('list pop', lambda: l.pop(mk(l, 2)))
l = [1, 2, 3]; run('list pop-1', lambda: l.pop(mk(l, -1)))
l = [1, 2, 3]; run('list index', lambda: l.index(2, mk(l, 0)))
l = [1, 2, 3]; run('list index2', lambda: l.index(2, 0, mk(l, 3)))
b = bytearray(b'abc'); run('ba get', lambda: b[mk(b)])
b = bytearray(b'abc')
def f(): b[mk(b)] = 5; return b
run('ba set', f)
b = bytearray(b'abc')
def f(): b[1] = mk(b, 5); return b
run('ba set val', f)
b = bytearray(b'abc')
def f(): del b[mk(b)]; return b
run('ba del', f)
b = bytearray(b'abc'); run('ba slice', lambda: b[0:mk(b,3)])
b = bytearray(b'abc')
def f(): b[0:3:mk(b,2)] = b'xy'; return b
run('ba ext set', f)
b = bytearray(b'abc')
def f(): del b[0:3:mk(b,2)]; return b
run('ba ext del', f)
b = bytearray(b'abc'); run('ba insert', lambda: (b.insert(mk(b, 2), 65), b))
b = bytearray(b'abc'); run('ba insert val', lambda: (b.insert(1, mk(b, 65)), b))
b = bytearray(b'abc'); run('ba pop', lambda: b.pop(mk(b, 2)))
b = bytearray(b'abc'); run('ba append', lambda: (b.append(mk(b, 65)), b))
b = bytearray(b'abc'); run('ba index', lambda: b.index(98, mk(b, 0)))
b = bytearray(b'abc'); run('ba find', lambda: b.find(98, 0, mk(b, 3)))
b = bytearray(b'abc'); run('ba count', lambda: b.count(mk(b, 98)))
d = collections.deque([1, 2, 3]); run('dq get', lambda: d[mk(d)])
d = collections.deque([1, 2, 3])
def f(): d[mk(d)] = 5; return d
run('dq set', f)
d = collections.deque([1, 2, 3])
def f(): del d[mk(d)]; return d
run('dq del', f)
d = collections.deque([1, 2, 3]); run('dq insert', lambda: (d.insert(mk(d, 2), 9), d))
d = collections.deque([1, 2, 3]); run('dq rotate', lambda: (d.rotate(mk(d, 2)), d))
d = collections.deque([1, 2, 3]); run('dq index', lambda: d.index(2, mk(d, 0)))
d = collections.deque([1, 2, 3]); run('dq index2', lambda: d.index(2, 0, mk(d, 3)))
a = array.array('i', [1, 2, 3]); run('arr get', lambda: a[mk(a if hasattr(a,'clear') else [])] )
a = array.array('i', [1, 2, 3])
class J:
    def __index__(s):
        del a[:]
        return 0
run('arr get2', lambda: a[J()])
a = array.array('i', [1, 2, 3])
def f(): a[J()] = 5; return a
run('arr set', f)
a = array.array('i', [1, 2, 3])
def f(): a[0] = J(); return a
run('arr set val', f)
a = array.array('i', [1, 2, 3])
def f(): del a[J()]; return a
run('arr del', f)
a = array.array('i', [1, 2, 3]); run('arr pop', lambda: a.pop(J()))
a = array.array('i', [1, 2, 3]); run('arr insert', lambda: (a.insert(J(), 4), a))
a = array.array('i', [1, 2, 3]); run('arr slice', lambda: a[0:3:J()])
a = array.array('i', [1, 2, 3])
def f(): a[0:3] = array.array('i', [J() and 1]); return a
run('arr slice set', f)
# sort with mutating key
l = [3, 1, 2]
def key(x):
    l.append(x); return x
run('sort key mutate', lambda: l.sort(key=key))
l = [3, 1, 2]
def key(x):
    l.clear(); return x
run('sort key clear', lambda: (l.sort(key=key), l))
class C:
    def __init__(s, v): s.v = v
    def __lt__(s, o):
        l.clear(); return s.v < o.v
l = [C(3), C(1), C(2)]
run('sort lt clear', lambda: (l.sort(), len(l)))
l = [C(3), C(1), C(2)]
run('sorted lt clear', lambda: len(sorted(l)))
class E:
    def __eq__(s, o):
        l.clear(); return False
l = [E(), E(), 3]
run('list index eq clear', lambda: l.index(3))
l = [E(), E(), 3]
run('list count eq clear', lambda: l.count(3))
l = [E(), E(), 3]
run('list remove eq clear', lambda: l.remove(3))
l = [E(), E(), 3]
run('list contains eq clear', lambda: 3 in l)
l = [E(), E(), 3]
run('list eq', lambda: l == [1, 2, 3])
l = [E(), E(), 3]
run('list lt', lambda: l < [1, 2, 3])
d = collections.deque([E(), E(), 3])
l = d
run('dq index eq', lambda: d.index(3))
l = collections.deque([E(), E(), 3]); d = l
run('dq count eq', lambda: d.count(3))
l = collections.deque([E(), E(), 3]); d = l
run('dq remove eq', lambda: d.remove(3))
l = collections.deque([E(), E(), 3]); d = l
run('dq contains', lambda: 3 in d)
l = [1,2,3]
run('list mul idx', lambda: l * mk(l, 2))
l = [1,2,3]
def f():
    global l
    l *= mk(l, 2); return l
run('list imul idx', f)
b = bytearray(b'ab')
run('ba mul idx', lambda: b * mk(b, 2))
l = [1, 2, 3]
run('list extend self gen', lambda: (l.extend(x for x in l if len(l) < 10), l))
l = [1,2,3]
run('list slice repl', lambda: l.__setitem__(slice(mk(l,0), 2), [7]) or l)
s = 'abc'
run('str slice', lambda: s[0:mk([], 3)])
