# set and frozenset operations (printed in sorted order where members are strings).
a = {1, 2, 3}
b = {3, 4}
print(a | b, a & b, a - b, b - a, a ^ b, a <= {1, 2, 3, 4}, a < a, a >= {1}, a.isdisjoint({9}), a.issubset(range(5)), a.issuperset([1]))
print(a.union([5], (6,)), a.intersection({2, 3}, [3]), a.difference([1]), a.symmetric_difference([1, 9]), set(), set("aab") == {"a", "b"})
c = set()
c.add(1); c.add(1); c.update([2, 3], {4}); c.discard(10); c.discard(4); c.remove(3); print(c, len(c), 2 in c)
c |= {7}; c &= {1, 2, 7}; c -= {1}; c ^= {2, 8}; print(c)
print(c.pop() in {7, 8}, len(c), c.copy() == c, c.copy() is c)
c.clear(); print(c, bool(c))
for bad in (lambda: set().pop(), lambda: {1}.remove(2), lambda: {[]}, lambda: set([[1]]), lambda: {1} | [2], lambda: frozenset().add):
    try:
        print(bad())
    except (KeyError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
f = frozenset([1, 2, 2, 3])
print(f, len(f), f | {4}, type(f | {4}).__name__, type({4} | f).__name__, hash(f) == hash(frozenset([3, 2, 1])), {f: "k"}[frozenset({1, 2, 3})])
print(frozenset(), repr(set()), repr({1}), sorted({"b", "a", "c"}), sorted(frozenset("hello")))
print({x % 4 for x in range(10)}, {1, 2} == {2, 1}, {1, 2} == frozenset({1, 2}), {1} != {1.0}, {1, True, 1.0})
s = {3, 1, 2}
print(sorted(s), min(s), max(s), sum(s), list(sorted(s, reverse=True)), 2 in s, 5 not in s)
d = {(1, 2), (1, 2), (2, 1)}
print(len(d), (1, 2) in d)
print(a.intersection_update({1, 2}), a, a.difference_update({1}), a, a.symmetric_difference_update({5}), sorted(a))
print(set.__name__, frozenset.__name__, isinstance(f, frozenset), {1, 2}.__contains__(1), set([1]) <= frozenset([1, 2]))
e = {1, 2, 3}
try:
    for x in e:
        e.add(x + 10)
except RuntimeError as err:
    print("RuntimeError", err)
