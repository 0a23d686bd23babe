# pow() takes base, exp and mod by name too, with CPython's errors.
from functools import partial

cube = partial(pow, exp=3)
print(cube(2), list(map(cube, range(5))))
for text in ['pow(exp=2, base=3)', 'pow(2, exp=5)', 'pow(2, 3, mod=5)', 'pow(3, exp=2, mod=4)',
             'pow(2, base=3)', 'pow(exp=3)', 'pow(2, 3, 5, mod=2)', 'pow(base=2)',
             'pow(2, 3, base=1)', 'pow(2, 3, foo=1)', 'pow(2, 3, 4, exp=1)', 'pow(2, exp=3, base=1)',
             'pow(2, 3, 5, 7)', 'pow()', 'pow(base=2, exp=-1, mod=7)', 'pow(2.0, exp=0.5)']:
    try:
        print(text, '->', eval(text))
    except TypeError as e:
        print(text, '-> TypeError:', e)
