# Builtins that consume a generator (list, tuple, set, sum, any, all, min, max, join)
# take its items where it yields them; what a program can see must not change.
import sys, gc
print(list(x*2 for x in range(10)))

print(sum(x for x in range(100)), sum(x for x in [1, 2**70, 3]), sum((x/2 for x in range(5)), 0.5))
print(sum(x for x in [2**62, 2**62, 2**62]))
print(sorted(set(x % 7 for x in range(50))), set(str(x) for x in range(3)) == {'0','1','2'})
class H:
    def __init__(s, v): s.v = v
    def __hash__(s): print('hash', s.v); return hash(s.v)
    def __eq__(s, o): print('eq', s.v); return isinstance(o, H) and o.v == s.v
    def __repr__(s): return f'H({s.v})'
print(len(set(H(x % 2) for x in range(4))))
print(len(set(y for y in [1, 1.0, True, 'a', H(1)])))
def g():
    yield 1
    yield 2
    raise ValueError('boom')
try:
    list(g())
except ValueError as e:
    import traceback; traceback.print_exc(file=sys.stdout)
def frames():
    f = sys._getframe(1)
    yield f.f_code.co_name
print(list(frames()))
def looker():
    for i in range(3):
        yield i
        print('after', i)
print(list(looker()), sum(looker()))
s = {1, 2}
s.update(x for x in range(5))
print(s)
t = tuple(x for x in 'abc'); print(t)
def stopper():
    yield 1
    raise StopIteration
try: list(stopper())
except RuntimeError as e: print('RT', e, type(e.__cause__))
def gcg():
    for i in range(1000):
        l = [i]; l.append(l)
        yield i
print(sum(gcg()), gc.collect() >= 0)
print(any(x > 5 for x in range(10)), all(x < 5 for x in range(10)), any(x for x in []), all(x for x in []))
print(any(x for x in [0, '', None, 0.0, [1]]), all(x for x in [1, 'a', [], 2]))
def noisy():
    for i in range(5):
        print('yield', i)
        yield i
print(any(x == 2 for x in noisy()))
g = noisy(); print(all(x < 1 for x in g), next(g))
print(max(x for x in range(10)), min(x % 7 for x in range(3, 20)), max(str(x) for x in range(12)))
print(max((x*1.5 for x in range(5)), default=None), min((x for x in []), default='empty'))
print(max(x for x in [1, 2.5, 2**80, True]), min(x for x in ['b', 'a', 'c']))
try: max(x for x in [1, 'a'])
except TypeError as e: print(e)
print(max(x for x in [float('nan'), 1, 2]), min(x for x in [3, float('nan'), 1]))
print(max((x, -x) for x in range(5)), min(H(1) if False else x for x in [3, 1, 2]))
print(','.join(str(x) for x in range(10)), ''.join(c.upper() for c in 'hello'))
try: ','.join(x for x in ['a', 1])
except TypeError as e: print(e)
class B:
    def __bool__(s): print('bool'); return False
print(any(x for x in [0, B(), 0]))
print(sum([1.5, 2, 2**70, 0.25]), sum([0.1]*10), sum(x/3 for x in range(100)), sum([1, 2.5, 3]), sum([], 0.0), sum([2**63-1, 1]), sum([1.0, True]), sum([-0.0]), sum([-0.0], -0.0))
try: sum([], b"")
except TypeError as e: print(e)
try: sum([], bytearray())
except TypeError as e: print(e)
print(sum([[1],[2]], []), sum(x for x in [1.0, float("inf"), float("-inf")]))
