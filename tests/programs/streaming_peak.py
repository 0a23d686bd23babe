# Every builtin, method and module function that consumes an iterable holds no more of
# it than CPython does: each case below reads a generator of n fresh (non-cached) ints,
# and its peak traced heap must not grow when n grows tenfold. A few consumers that
# CPython itself materialises (set.issubset of a non-set) are listed to show they grow
# in both. Cases whose result is inherently as large as the input are run on inputs that
# filter down to nothing, so only a hidden copy of the input could make them grow.
import tracemalloc, itertools, heapq, functools, collections, math, operator

def gen(n):
    return (x + 1000 for x in range(n))

def pairs(n):
    return ((x % 7 + 1000, x + 1000) for x in range(n))

CASES = [
    ("max", lambda n: max(gen(n))),
    ("min", lambda n: min(gen(n))),
    ("max key", lambda n: max(gen(n), key=lambda v: -v)),
    ("min default", lambda n: min(gen(n), default=0)),
    ("sum", lambda n: sum(gen(n))),
    ("sum float", lambda n: sum(float(x) for x in gen(n))),
    ("any", lambda n: any(x < 0 for x in gen(n))),
    ("all", lambda n: all(x > 0 for x in gen(n))),
    ("in", lambda n: -1 in gen(n)),
    ("zip", lambda n: collections.deque(zip(gen(n), gen(n)), maxlen=0)),
    ("map", lambda n: collections.deque(map(operator.neg, gen(n)), maxlen=0)),
    ("map2", lambda n: collections.deque(map(operator.add, gen(n), gen(n)), maxlen=0)),
    ("filter", lambda n: collections.deque(filter(None, gen(n)), maxlen=0)),
    ("enumerate", lambda n: collections.deque(enumerate(gen(n)), maxlen=0)),
    ("for loop", lambda n: collections.deque((None for _ in gen(n)), maxlen=0)),
    ("iter sentinel", lambda n: collections.deque(iter(gen(n).__next__, -1), maxlen=0)),
    ("dict.update", lambda n: {}.update(pairs(n))),
    ("dict()", lambda n: dict(pairs(n))),
    ("dict.fromkeys", lambda n: dict.fromkeys(x % 7 + 1000 for x in gen(n))),
    ("set()", lambda n: set(x % 7 + 1000 for x in gen(n))),
    ("set.update", lambda n: set().update(x % 7 + 1000 for x in gen(n))),
    ("frozenset", lambda n: frozenset(x % 7 + 1000 for x in gen(n))),
    ("set |=", lambda n: set().__ior__(set(x % 7 + 1000 for x in gen(n)))),
    ("set.issubset", lambda n: {1}.issubset(gen(n))),
    ("set.intersection_update", lambda n: {1, 2}.intersection_update(x % 7 + 1000 for x in gen(n))),
    ("set.difference_update", lambda n: {1, 2}.difference_update(gen(n))),
    ("set.isdisjoint", lambda n: {1}.isdisjoint(gen(n))),
    ("bytes", lambda n: bytes(x % 3 for x in range(n) if x < 3)),
    ("math.fsum", lambda n: math.fsum(float(x) for x in gen(n))),
    ("math.prod", lambda n: math.prod(x % 2 + 1 for x in range(n) if x < 10)),
    ("reduce", lambda n: functools.reduce(max, gen(n))),
    ("reduce init", lambda n: functools.reduce(max, gen(n), 0)),
    ("deque maxlen", lambda n: collections.deque(gen(n), maxlen=3)),
    ("deque.extend", lambda n: collections.deque(maxlen=3).extend(gen(n))),
    ("deque.extendleft", lambda n: collections.deque(maxlen=3).extendleft(gen(n))),
    ("Counter", lambda n: collections.Counter(x % 7 + 1000 for x in gen(n))),
    ("Counter.update", lambda n: collections.Counter().update(x % 7 + 1000 for x in gen(n))),
    ("defaultdict update", lambda n: collections.defaultdict(int).update(pairs(n))),
    ("OrderedDict", lambda n: collections.OrderedDict(pairs(n))),
    ("heapq.nlargest", lambda n: heapq.nlargest(3, gen(n))),
    ("heapq.nsmallest", lambda n: heapq.nsmallest(3, gen(n))),
    ("heapq.nlargest key", lambda n: heapq.nlargest(3, gen(n), key=abs)),
    ("heapq.merge", lambda n: collections.deque(heapq.merge(gen(n), gen(n)), maxlen=0)),
    ("chain", lambda n: collections.deque(itertools.chain(gen(n), gen(n)), maxlen=0)),
    ("chain.from_iterable", lambda n: collections.deque(itertools.chain.from_iterable(((x,) for x in gen(n))), maxlen=0)),
    ("islice", lambda n: collections.deque(itertools.islice(gen(n), 0, None, 2), maxlen=0)),
    ("accumulate", lambda n: collections.deque(itertools.accumulate(gen(n)), maxlen=0)),
    ("accumulate max", lambda n: collections.deque(itertools.accumulate(gen(n), max), maxlen=0)),
    ("groupby", lambda n: collections.deque(itertools.groupby(gen(n), key=lambda v: v // 10), maxlen=0)),
    ("compress", lambda n: collections.deque(itertools.compress(gen(n), itertools.repeat(1)), maxlen=0)),
    ("dropwhile", lambda n: collections.deque(itertools.dropwhile(lambda v: v < 0, gen(n)), maxlen=0)),
    ("takewhile", lambda n: collections.deque(itertools.takewhile(lambda v: v > 0, gen(n)), maxlen=0)),
    ("filterfalse", lambda n: collections.deque(itertools.filterfalse(None, gen(n)), maxlen=0)),
    ("starmap", lambda n: collections.deque(itertools.starmap(operator.add, zip(gen(n), gen(n))), maxlen=0)),
    ("zip_longest", lambda n: collections.deque(itertools.zip_longest(gen(n), gen(n // 2)), maxlen=0)),
    ("pairwise", lambda n: collections.deque(itertools.pairwise(gen(n)), maxlen=0)),
    ("tee", lambda n: collections.deque(zip(*itertools.tee(gen(n))), maxlen=0)),
    ("count+islice", lambda n: collections.deque(itertools.islice(itertools.count(1000), n), maxlen=0)),
    ("product", lambda n: collections.deque(itertools.product(range(3), repeat=2), maxlen=0)),
    ("sorted small", lambda n: sorted(x % 2 for x in range(10))),
    ("str.join small", lambda n: "".join(str(x % 2) for x in range(10))),
    ("list.extend small", lambda n: [].extend(x for x in gen(n) if x < 0)),
    ("tuple small", lambda n: tuple(x for x in gen(n) if x < 0)),
    ("list small", lambda n: list(x for x in gen(n) if x < 0)),
    ("bytearray.extend", lambda n: bytearray().extend(x % 3 for x in range(n) if x < 3)),
    ("sum gen key", lambda n: sum(1 for _ in gen(n))),
]

def peak(case, n):
    tracemalloc.start()
    tracemalloc.reset_peak()
    base = tracemalloc.get_traced_memory()[0]
    case(n)
    top = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return top - base

N = 2000
for name, case in CASES:
    case(10)  # warm caches (method lookups, interned names)
    small, big = peak(case, N), peak(case, 10 * N)
    growth = big - small
    print(f"{name:24} {'constant' if growth < 4096 else 'GROWS'}")
