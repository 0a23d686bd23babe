# the itertools documentation recipes, built from the module's pieces
import collections
import functools
import operator
from itertools import (accumulate, chain, combinations, compress, count, cycle, filterfalse,
                       groupby, islice, pairwise, repeat, starmap, takewhile, tee, zip_longest)

def take(n, iterable):
    return list(islice(iterable, n))

def prepend(value, iterator):
    return chain([value], iterator)

def tabulate(function, start=0):
    return map(function, count(start))

def tail(n, iterable):
    return iter(collections.deque(iterable, maxlen=n))

def consume(iterator, n=None):
    if n is None:
        collections.deque(iterator, maxlen=0)
    else:
        next(islice(iterator, n, n), None)

def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)

def all_equal(iterable):
    g = groupby(iterable)
    return next(g, True) and not next(g, False)

def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))

def ncycles(iterable, n):
    return chain.from_iterable(repeat(tuple(iterable), n))

def dotproduct(vec1, vec2):
    return sum(map(operator.mul, vec1, vec2))

def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)

def repeatfunc(func, times=None, *args):
    if times is None:
        return starmap(func, repeat(args))
    return starmap(func, repeat(args, times))

def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)

def sliding_window(iterable, n):
    it = iter(iterable)
    window = collections.deque(islice(it, n), maxlen=n)
    if len(window) == n:
        yield tuple(window)
    for x in it:
        window.append(x)
        yield tuple(window)

def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(functools.partial(next, iter(it)) for it in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))

def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(pred, t1), filter(pred, t2)

def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))

def unique_everseen(iterable, key=None):
    seen = set()
    if key is None:
        for element in filterfalse(lambda x: x in seen, iterable):
            seen.add(element)
            yield element
    else:
        for element in iterable:
            k = key(element)
            if k not in seen:
                seen.add(k)
                yield element

def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), groupby(iterable, key)))

def iter_except(func, exception, first=None):
    try:
        if first is not None:
            yield first()
        while True:
            yield func()
    except exception:
        pass

def first_true(iterable, default=False, pred=None):
    return next(filter(pred, iterable), default)

def running_mean(values):
    return [total / n for n, total in enumerate(accumulate(values), 1)]

print(take(5, tabulate(lambda x: x * x)), list(prepend(0, [1, 2])))
print(list(tail(3, range(10))), nth(range(10), 3), nth("abc", 9, "dflt"))
it = iter(range(10))
consume(it, 4)
print(next(it))
consume(it)
print(next(it, "done"))
print(all_equal("aaaa"), all_equal("aab"), all_equal(""), quantify([1, 0, 2, 0, 3]), quantify("abc", str.isupper))
print(list(ncycles("ab", 3)), dotproduct([1, 2, 3], [4, 5, 6]), list(flatten([[1, 2], [3], []])))
print(list(repeatfunc(pow, 3, 2, 5)), take(3, repeatfunc(lambda: "x")))
print(list(grouper("ABCDEFG", 3, "x")), list(sliding_window("ABCDE", 3)), list(sliding_window("AB", 3)))
print(list(roundrobin("ABC", "D", "EF")))
evens, odds = partition(lambda x: x % 2, range(10))
print(list(evens), list(odds))
print(list(powerset([1, 2, 3])))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
print(list(unique_justseen("AAAABBBCCDAABBB")), list(unique_justseen("ABBcCAD", str.lower)))
stack = [1, 2, 3]
print(list(iter_except(stack.pop, IndexError)), first_true([0, None, 5, 7]), first_true([], "none"))
print(running_mean([2, 4, 6, 8]))
print(take(4, compress(count(), cycle([1, 0, 0]))))
print(list(takewhile(lambda p: p[0] < 3, pairwise(count()))))
print(functools.reduce(operator.add, islice(count(1), 100)))
primes = []
for n in islice(count(2), 50):
    if all(n % p for p in takewhile(lambda p: p * p <= n, primes)):
        primes.append(n)
print(primes)
