# Slices are unhashable in 3.11: slice.__hash__ is None.
print(slice.__hash__, list.__hash__)
for s in (slice(1, 2), slice(None), slice(1, 2, 3)):
    try:
        print(hash(s))
    except TypeError as e:
        print('TypeError', e)
try:
    {slice(1, 2): 'x'}
except TypeError as e:
    print('TypeError', e)
print(isinstance(slice(1), __import__('collections.abc').abc.Hashable))
