# islice, takewhile, dropwhile, filterfalse, compress, starmap, accumulate, pairwise
import itertools as it
import operator

s = "abcdefg"
print(list(it.islice(s, 2)), list(it.islice(s, 2, 4)), list(it.islice(s, 2, None)))
print(list(it.islice(s, 0, None, 2)), list(it.islice(s, 1, 6, 2)), list(it.islice(s, None)))
print(list(it.islice(s, 3, 1)), list(it.islice(s, 10, 20)), list(it.islice([], 3)))
print(list(it.islice(s, None, None, 3)), list(it.islice(s, 0, 3, None)))

# islice consumes exactly what it needs from a shared iterator
src = iter(range(10))
print(list(it.islice(src, 2, 5)), next(src))
src = iter(range(10))
print(list(it.islice(src, 0)), next(src))
src = iter(range(10))
print(list(it.islice(src, 1, 8, 3)), next(src))

print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.takewhile(bool, [])), list(it.dropwhile(bool, [])))
print(list(it.filterfalse(lambda x: x % 2, range(10))))
print(list(it.filterfalse(None, [0, 1, "", "a", None, [], [0]])))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(it.compress("ABC", [1, 1, 1, 1, 1])), list(it.compress("ABCDE", [0, 1])))
print(list(it.compress(range(6), it.cycle([True, False]))))
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(it.starmap(operator.add, ["ab", "cd"])))
print(list(it.starmap(lambda *a: a, [[], [1], (1, 2)])))

print(list(it.accumulate([1, 2, 3, 4, 5])))
print(list(it.accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(it.accumulate([3, 4, 6, 2, 1, 9, 0, 7, 5, 8], max)))
print(list(it.accumulate([1, 2, 3], initial=100)), list(it.accumulate([], initial=5)))
print(list(it.accumulate([])), list(it.accumulate("abc")))
print(list(it.accumulate([1, 2, 3], func=lambda a, b: a * 10 + b)))
print(list(it.accumulate([[1], [2], [3]])))

print(list(it.pairwise("ABCDE")), list(it.pairwise("A")), list(it.pairwise([])))
print(list(it.pairwise(range(4))))

print(list(it.zip_longest("ABCD", "xy", fillvalue="-")))
print(list(it.zip_longest("AB", [1, 2, 3], [None])))
print(list(it.zip_longest()), list(it.zip_longest([])), list(it.zip_longest("a")))
print(list(it.chain("ABC", "DEF")), list(it.chain()), list(it.chain([], [1], [])))
print(list(it.chain.from_iterable(["ABC", "DEF"])), list(it.chain.from_iterable([])))
print(list(it.chain.from_iterable(map(range, range(5)))))

def pred_noisy(x):
    print("test", x)
    return x < 2
tw = it.takewhile(pred_noisy, [0, 1, 2, 3])
print(list(tw), list(tw))

for f in (lambda: it.islice(), lambda: it.islice([1]), lambda: it.islice([1], 1, 2, 3, 4),
          lambda: it.islice([1], -1), lambda: it.islice([1], "a"), lambda: it.islice([1], 0, 5, 0),
          lambda: it.islice("abc", 2**100), lambda: it.islice("abc", "a", 3),
          lambda: it.islice("abc", -3, 3), lambda: it.islice("abc", 0, -3),
          lambda: it.islice("abc", 0, 3, "x"), lambda: it.islice([1], 1, foo=2),
          lambda: it.takewhile(len), lambda: it.dropwhile(len, 5),
          lambda: it.filterfalse(None), lambda: it.starmap(len),
          lambda: list(it.starmap(pow, [1])), lambda: it.compress([1]),
          lambda: it.compress([1], [1], [1]), lambda: it.accumulate(),
          lambda: it.accumulate([1], None, 5), lambda: it.accumulate([1], foo=5),
          lambda: list(it.accumulate([1, "a"])), lambda: it.pairwise(),
          lambda: it.pairwise(1), lambda: it.zip_longest([1], foo=2),
          lambda: it.zip_longest(1), lambda: list(it.chain(1)), lambda: it.chain(foo=1),
          lambda: it.chain.from_iterable(), lambda: list(it.chain.from_iterable([1]))):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
