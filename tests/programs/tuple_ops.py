# Tuples: packing, indexing, comparison, hashing, methods, single-element syntax.
t = 1, 2, 3
u = (1,)
v = ()
print(t, u, v, len(t), len(v), type(u), (1), ((1,),), tuple("ab"), tuple([1, 2]), tuple(range(3)))
print(t + (4,), t * 2, 2 * u, t[0], t[-1], t[1:], t.index(2), t.count(3), (1, 2, 1).count(1), 2 in t)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2), (1, "a") != (1, "b"), max([(1, 2), (1, 3)]))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), {(1, 2): "x"}[(1, 2)], hash((1, (2, 3))) == hash((1, (2, 3))))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError", e)
try:
    t[5]
except IndexError as e:
    print("IndexError", e)
try:
    t[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    t.index(9)
except ValueError as e:
    print("ValueError", e)
try:
    t + [1]
except TypeError as e:
    print("TypeError", e)
print(repr((1,)), repr(()), repr((1, "a", (2,))), str(("é",)))
a, b = 1, 2
a, b = b, a
print(a, b)
x = ([1], 2)
x[0].append(3)
print(x)
try:
    x[0] += [4]
except TypeError as e:
    print("TypeError", e)
print(x)
print(tuple(t) is t, t[:] is t, (1, 2, 3) == t, sorted((3, 1, 2)), min((4, 2)), tuple(reversed(t)))
print(sum((1, 2, 3)), list(enumerate(("a", "b"))), dict([(1, 2), (3, 4)]), tuple(x for x in "hi"))
empty = tuple()
print(empty == (), len(empty), bool(empty), bool((0,)), (0,) * 3, tuple.__name__)
nested = ((1, 2), (3, 4))
for (p, q) in nested:
    print(p + q, end=" ")
print()
