# set() and frozenset() call the iterable's __iter__ once, and fail as CPython does.
class S:
    def __iter__(self): return 5
class G:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i
for arg in [3, S(), G(), None, (3, 1)]:
    for f in (set, frozenset):
        try: print(f(arg))
        except TypeError as e: print(e)
class S:
    def __iter__(self):
        print('iter'); return iter([1])
print('set'); s = set(S())
print('fs'); s = frozenset(S())
print('dict'); d = dict.fromkeys(S())
print('set.update'); set().update(S())
print('in'); print(1 in S())
