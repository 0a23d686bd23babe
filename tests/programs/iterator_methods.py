import itertools
import operator
def g():
    yield 1
objs = [iter("ab"), iter([1]), iter((1,)), iter({1:2}), iter({1:2}.keys()), iter({1:2}.values()), iter({1:2}.items()),
        iter({1}), iter(range(3)), iter(b"ab"), iter(bytearray(b"ab")), enumerate([1]), zip([1],[2]), map(abs,[1]), filter(None,[1]),
        reversed([1]), reversed((1,)), reversed(range(3)), reversed("ab"), reversed({1:2}), reversed({1:2}.keys()), reversed({1:2}.items()), reversed({1:2}.values()), g(),
        iter(range(10**20)), iter(frozenset([1])), itertools.count(), itertools.chain([1]), iter(lambda: 1, 2), iter(["a"]*3), iter([0]),
        itertools.islice([1],1), itertools.cycle([1]), itertools.repeat(1), itertools.permutations([1]), itertools.product([1]),
        itertools.accumulate([1]), itertools.starmap(abs, [(1,)]), itertools.takewhile(bool,[1]), itertools.dropwhile(lambda x: False,[1]),
        itertools.groupby([1], key=lambda x: 0), itertools.zip_longest([1]), itertools.combinations([1],1), itertools.compress([1],[1]), itertools.pairwise([1,2]),
        itertools.filterfalse(None,[0]), itertools.tee([1])[0], iter(str(1)), iter(list(range(2)))]
class Seq:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i
objs.append(iter(Seq()))
for o in objs:
    t = type(o)
    print(t.__name__, hasattr(o, "__next__"), hasattr(o, "__iter__"))
    v = o.__next__()
    if type(v) is tuple and len(v) == 2 and type(v[1]).__name__ == "_grouper": v = (v[0], list(v[1]))
    print(o.__iter__() is o, v)
it = iter("ab")
print(it.__next__(), it.__next__())
try:
    it.__next__()
except StopIteration as e:
    print("stop", repr(e))
print(type(iter([])).__next__(iter([5])))
print(type(iter("xy")).__name__, type(iter("xyé")).__name__)
print(iter([1,2,3]).__length_hint__(), reversed([1,2]).__length_hint__())
def g():
    yield 1
objs = [iter("ab"), iter([1]), iter((1,)), iter({1:2}), iter({1:2}.keys()), iter({1:2}.values()), iter({1:2}.items()),
        iter({1}), iter(range(3)), iter(b"ab"), iter(bytearray(b"ab")), enumerate([1]), zip([1],[2]), map(abs,[1]), filter(None,[1]),
        reversed([1]), reversed((1,)), reversed(range(3)), reversed("ab"), reversed({1:2}), reversed({1:2}.keys()), reversed({1:2}.items()), reversed({1:2}.values()), g(),
        iter(range(10**20)), iter(frozenset([1])), iter(lambda: 1, 2), iter("é"), itertools.tee([1])[0]]
for o in objs:
    t = type(o)
    print(t.__name__, t.__qualname__, t.__module__, repr(t))
for o in [iter([]), reversed([]), iter("é"), iter(bytearray()), iter(range(10**20)), reversed({}.items())]:
    try:
        type(o)()
    except TypeError as e:
        print(e)
    print(isinstance(o, type(o)), type(o) is type(o), type(o).__module__)
r = reversed({1: 2, 3: 4}.items())
print(list(r), list(r))
print(list(reversed({1: 2, 3: 4})), list(reversed({1: 2, 3: 4}.values())))
print(operator.length_hint(reversed([1,2,3])), operator.length_hint(iter((1,2))))
it = iter([1, 2, 3]); next(it)
print(it.__length_hint__(), iter(range(5)).__length_hint__())
