import itertools
log = []
class T:
    def __init__(s, v): s.v = v
    def __lt__(s, o): log.append(('lt', s.v, getattr(o, 'v', o))); return Truthy(s.v < getattr(o, 'v', o))
    def __gt__(s, o): log.append(('gt', s.v, getattr(o, 'v', o))); return Truthy(s.v > getattr(o, 'v', o))
    def __eq__(s, o): log.append(('eq', s.v)); return s.v == getattr(o, 'v', o)
    def __repr__(s): return f"T({s.v})"
class Truthy:
    def __init__(s, b): s.b = b
    def __bool__(s): log.append(('bool', s.b)); return s.b
def f1(a, b, c):
    if a < b < c: return 'yes'
    return 'no'
def f2(a, b, c):
    if not (a < b < c): return 'not'
    return 'in'
def f3(a, b, c, d):
    r = []
    if a < b <= c < d and b != c: r.append(1)
    if a < b < c or c < b < a: r.append(2)
    if 0 <= b < 10: r.append(3)
    if a < 5 < c: r.append(4)
    if a is not b is not c: r.append(5)
    if a in [1, 2] == [1, 2]: r.append(6)
    if a < b in [b]: r.append(7)
    while a < b < c:
        a += 1
        r.append('w')
    return r
vals = [1, 2, 3]
for p in itertools.permutations(vals):
    print(p, f1(*p), f2(*p), f3(*p, 4))
for p in itertools.permutations([T(1), T(2), T(3)]):
    log.clear(); print(p, f1(*p), log)
    log.clear(); print(p, f2(*p), log)
def g(a, c):
    b = 2
    def inner(): return b
    if a < b < c: return 'cell', inner()
    return 'no'
print(g(1, 3), g(3, 1))
G = 2
def h(a, c):
    if a < G < c: return 'glob'
    return 'no'
print(h(1, 3))
def k(a, b, c):
    return [x for x in range(10) if a < x < c] , (1 if a < b < c else 0)
print(k(2, 3, 7))
def unb(a, c):
    if a < b < c: return 1
    b = 1
try: unb(1, 2)
except UnboundLocalError as e: print(e)
def wal(a, b, c):
    if a < b < (b := c): return b
    return 'no'
print(wal(1, 2, 3))
