# Builtin types called with one positional argument (or none) take a direct path;
# their results, errors and sizes are those of the general call.
import sys
print(list((1,2)), list([3]), list(), list('ab'), tuple([1]), tuple((2,)), tuple(), set(), set([1,1]), frozenset('aa'), bool(), bool(0), bool([1]))
print(int(), int('12'), int(3.9), int(b'7'), int(True), float(), float('1.5'), float(2), str(), str(5), dict(), dict([(1,2)]), dict({3:4}))
class I:
    def __index__(self): return 5
    def __float__(self): return 2.5
print(int(I()) if hasattr(int, '__index__') else 0, float(I()))
for bad in [lambda: list(5), lambda: tuple(1), lambda: set(2), lambda: int([]), lambda: float([]), lambda: dict(5), lambda: int('x'), lambda: float('y'), lambda: int(b'z'), lambda: frozenset(3)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
f = frozenset([1]); print(frozenset(f) is f); t=(1,); print(tuple(t) is t)
print(int('10', 2), int(b'11', 0), int(x='5') if False else 0)
try: list(1, 2)
except TypeError as e: print(e)
try: bool(1, 2)
except TypeError as e: print(e)
try: list(x=1)
except TypeError as e: print(e)
l = [1,2,3]; m = list(l); m.append(4); print(l, m, sys.getsizeof(list(l)) == sys.getsizeof([1,2,3]) or (sys.getsizeof(list(l)), sys.getsizeof(l)))

a=b=c=1
for l in ([1,2,3], [a,b,c], [1,2,3,4,5], [a,b,c,a,b], [1,2], [], [1]*3, [x for x in range(3)], list(range(5)), [*range(3)], [1,2,a], (1,2,3), {1,2,3}, {a,b,c}):
    print(sys.getsizeof(l), end=' ')
print()
