# for loops over strs and dicts step without the general next(); the errors for a dict
# changed during iteration are CPython's.
s = 'héllo wörld'
print([c for c in s], list('abc'), [c for c in ''])
for c in 'ab\x7f': print(repr(c))
d = {1: 'a', 2: 'b', 'x': 3}
for k in d: print(k)
try:
    for k in d: d[k * 2 if isinstance(k, int) else k + k] = 0
except RuntimeError as e: print(e)
d2 = {1: 1, 2: 2}
try:
    for k in d2:
        del d2[k]; d2[k + 10] = 0
except RuntimeError as e: print(e)
it = iter('xyz'); next(it)
for c in it: print(c)
for i, c in enumerate('ab'): print(i, c)
for i, k in enumerate({'p': 1, 'q': 2}): print(i, k)
print(sorted(k for k in {3: 0, 1: 0}))
