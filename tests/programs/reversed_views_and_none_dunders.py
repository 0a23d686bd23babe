d = {'a': 1, 'b': 2, 'c': 3}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
class M:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
try: reversed(M())
except TypeError as e: print(e)
class N:
    __iter__ = None
try: iter(N())
except TypeError as e: print(e)
try:
    for x in N(): pass
except TypeError as e: print(e)
