# __iter__ may return a native iterator (itertools, map, zip, ...): iter() accepts it.
import itertools
class A:
    def __iter__(self):
        return itertools.chain((1,), [2])
print(list(A()))
class B:
    def __iter__(self):
        return map(str, [1])
print(list(B()))
for f in [itertools.count(), itertools.repeat(1), itertools.islice([1],1), zip(), enumerate([]), iter({}.keys()), itertools.permutations([1]), reversed([1])]:
    class C:
        def __iter__(self, f=f):
            return f
    try:
        it = iter(C()); print(type(f).__name__, 'ok')
    except TypeError as e:
        print(e)
