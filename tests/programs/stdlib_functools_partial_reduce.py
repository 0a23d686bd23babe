# functools.reduce, partial, cmp_to_key
import functools
from functools import reduce, partial, cmp_to_key
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6), 10), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []), reduce(operator.add, [], 0), reduce(operator.add, ["x"]))
print(reduce(lambda a, b: a + b, iter("abc")))

def f(a, b, c=0, *rest, k=None, **kw):
    return (a, b, c, rest, k, kw)

p = partial(f, 1)
print(p(2), p(2, 3, 4, k=5, z=6), p.func is f, p.args, p.keywords)
q = partial(f, 1, 2, k="x")
print(q(), q(k="override"), q(3, extra=1), q.keywords)
pp = partial(q, 3, z=9)
print(pp(), pp.func is f, pp.args, pp.keywords)
base2 = partial(int, base=2)
print(base2("1010"), base2("11", base=10), base2)
print(partial(max, 5), partial(sorted, reverse=True)([3, 1, 2]))
print(repr(partial(operator.add, 1, 2)).startswith("functools.partial(<built-in function add>"))
print(callable(p), type(p), type(p).__name__, isinstance(p, partial))
p.attr = "set"
print(p.attr, p.__dict__)
kw = partial(f, k=1)
kw.keywords["k"] = 99
print(kw(0, 0))
print(list(map(partial(pow, 2), range(5))))

class C:
    method = partial(f, "first")
print(C().method(2))

def compare_len(a, b):
    return len(a) - len(b)
words = ["ccc", "a", "bb", "dddd", "ee"]
print(sorted(words, key=cmp_to_key(compare_len)))
print(sorted(words, key=cmp_to_key(lambda a, b: (a > b) - (a < b)), reverse=True))
K = cmp_to_key(lambda a, b: a - b)
k1, k2 = K(1), K(2)
print(k1 < k2, k1 > k2, k1 == K(1), k1 != k2, k1 <= k2, k2 >= k1, k1.obj, max([K(3), K(7), K(5)]).obj)
print(type(K).__name__, type(k1).__name__)

for g in (lambda: reduce(), lambda: reduce(len), lambda: reduce(len, []), lambda: reduce(len, 5),
          lambda: partial(), lambda: partial(5), lambda: p(), lambda: partial(f, 1, 2, 3)(4, c=5),
          lambda: k1 < 1, lambda: hash(k1), lambda: cmp_to_key(), lambda: K(),
          lambda: reduce(operator.add, [1, "a"])):
    try:
        print(g())
    except Exception as e:
        print(type(e).__name__, e)
