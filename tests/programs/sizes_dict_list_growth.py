# The sizes sys.getsizeof reports for dicts and lists that match CPython 3.11's byte
# for byte: an empty dict owns no table (its first insertion allocates one), tables grow
# at the same insertion counts, and a list's object and slots are CPython's sizes.
import sys

d = {}
empty = sys.getsizeof(d)
print('empty dict', empty)
print('dict() and copy of {}', sys.getsizeof(dict()), sys.getsizeof({}.copy()))
d['a'] = 1
print('first insertion allocates', sys.getsizeof(d) > empty)
del d['a']
print('deleting keeps the table', sys.getsizeof(d) > empty)
d.clear()
print('clear() gives it back', sys.getsizeof(d) == empty)

# Insertion counts at which a dict's table grows (8, 16, 32, 64 slots hold 5, 10, 21,
# 42 entries), with int keys and with str keys.
for make_key in (int, str):
    d = {}
    last = sys.getsizeof(d)
    grew = []
    for i in range(100):
        d[make_key(i)] = None
        size = sys.getsizeof(d)
        if size != last:
            grew.append(i + 1)
            last = size
    print(make_key.__name__, 'keys: grew at', grew)

# Deleting and re-inserting reuses the table until its entries run out.
d = dict.fromkeys(range(5))
before = sys.getsizeof(d)
del d[0]
d[0] = None
print('re-insert after delete', sys.getsizeof(d) - before)

lst = []
print('empty list', sys.getsizeof(lst))
sizes = []
for i in range(30):
    lst.append(i)
    sizes.append(sys.getsizeof(lst))
print('list while appending', sorted(set(sizes)))
print('[1, 2]', sys.getsizeof([1, 2]), 'list(range(10))', sys.getsizeof(list(range(10))))
lst.clear()
print('cleared list', sys.getsizeof(lst))
