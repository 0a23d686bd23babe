# Collecting a range whose length does not fit a Py_ssize_t fails at once with
# CPython's OverflowError (its length hint), instead of taking items until memory
# runs out; big ranges of a modest length are collected as usual.
for expr in ['list(range(2**70))', 'list(reversed(range(2**70)))',
             'len(list(iter(range(2**70))))', 'tuple(range(-2**70, 2**70))',
             'list(range(2**70, 2**70 + 5))', 'list(reversed(range(2**70, 2**70 + 3)))',
             'sorted(range(2**64, 2**64 - 6, -2))', 'list(range(2**63 - 2, 2**63 + 1))']:
    try:
        print(expr, eval(expr))
    except OverflowError as e:
        print(expr, 'OverflowError', e)
it = iter(range(2**70))
print(next(it), next(it))
