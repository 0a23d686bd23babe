# Iteration builtins: range, enumerate, zip (strict), map, filter, reversed, sorted, iter/next, any/all.
print(list(range(5)), list(range(2, 10, 3)), list(range(10, 0, -3)), list(range(0)), list(range(5, 2)), range(1, 10, 2))
r = range(0, 20, 3)
print(len(r), r[2], r[-1], r[1:3], r[::-1], 9 in r, 10 in r, r.index(9), r.count(6), list(reversed(r)), range(3) == range(0, 3), r.start, r.stop, r.step)
print(range(10 ** 20)[-1], range(10 ** 20)[10 ** 19], 10 ** 19 in range(10 ** 20), bool(range(0)), range(5)[10:], list(range(-5, -1)))
for bad in (lambda: len(range(10 ** 20)), lambda: range(1, 2, 0), lambda: range(1.5), lambda: range(3)[5], lambda: range(3).index(7)):
    try:
        bad()
    except (ValueError, TypeError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)
print(list(enumerate("abc")), list(enumerate("ab", 1)), list(enumerate([], 5)), list(enumerate("x", start=-1)))
print(list(zip()), list(zip("ab")), list(zip("abc", [1, 2])), list(zip(range(3), "xyz", [True] * 3)))
try:
    list(zip("ab", "abc", strict=True))
except ValueError as e:
    print("ValueError", e)
try:
    list(zip("abc", "ab", strict=True))
except ValueError as e:
    print("ValueError", e)
print(list(zip("ab", "cd", strict=True)))
print(list(map(abs, [-1, 2, -3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(str.upper, "ab")))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda v: v > 1, [1, 2, 3])))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(Seq())))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError", e)
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "exhausted"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")
try:
    next([1])
except TypeError as e:
    print("TypeError", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError", e)
vals = [3, 2, 1, 0, 5]
calls = iter(vals)
print(list(iter(lambda: next(calls), 0)))
class Countdown:
    def __init__(self):
        self.n = 3
    def __call__(self):
        self.n -= 1
        return self.n
print(list(iter(Countdown(), 0)))
print(any([0, 0, 1]), all([1, 1, 0]), any(x for x in []), all(()), any("a"), all([[]]))
print(sorted([3, 1, 2]), sorted("bca"), sorted([3, 1, 2], reverse=True), sorted({"b": 1, "a": 2}), sorted([(1, "b"), (1, "a")]))
print(sorted([-3, 1, -2], key=abs), sorted(["aa", "b", "ccc"], key=len, reverse=True), sorted([], key=len))
e = enumerate("ab")
print(next(e), list(e), type(e).__name__, type(zip()).__name__, type(map(abs, [])).__name__)
m = map(lambda v: 1 / v, [1, 0])
print(next(m))
try:
    next(m)
except ZeroDivisionError:
    print("map is lazy")
print(list(zip(*[(1, "a"), (2, "b")])), dict(zip(["k1", "k2"], [1, 2])), list(map(pow, [2, 3], [3, 2])))
print(min([4, 2, 8]), max("hello"), min(3, 1, 2), max([1, 5], [2, 0]), min([], default="empty"), max([], default=None))
print(max([1, -5, 3], key=abs), min(["bb", "a", "ccc"], key=len), max(1, 2, key=lambda v: -v), max([2, 2.0]), min([2.0, 2]))
for bad in (lambda: min([]), lambda: max(), lambda: max(1), lambda: min(1, 2, default=0), lambda: max([1, "a"])):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum(range(101)), sum([0.5, 0.25]), sum([], 5), sum([True, True]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError", e)
