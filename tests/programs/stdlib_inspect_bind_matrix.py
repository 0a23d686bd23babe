# Signature.bind / bind_partial over a grid of signatures and calls, and the
# signatures of partial objects made from the same calls.
import functools
import inspect

SIGNATURES = [
    'a, b',
    'a, b=2, /',
    'a, /, b, c=3',
    'a=1, *b',
    '*a, b, c=3',
    'a, *, b, c=3',
    'a, /, *, b, **c',
    'a, b=2, *c, d=4, **e',
    '**a',
    '',
]
KEYWORD_SETS = [(), ('a',), ('b',), ('c',), ('z',), ('a', 'b'), ('b', 'c'), ('a', 'c', 'z')]

for text in SIGNATURES:
    namespace = {}
    exec(f'def f({text}): pass', namespace)
    f = namespace['f']
    sig = inspect.signature(f)
    print('==', sig, inspect.getfullargspec(f))
    for count in range(4):
        args = tuple(range(10, 10 + count))
        for names in KEYWORD_SETS:
            kwargs = {name: name.upper() for name in names}
            results = []
            for bind in (sig.bind, sig.bind_partial):
                try:
                    bound = bind(*args, **kwargs)
                    results.append(f'{bound} {bound.args} {bound.kwargs}')
                except TypeError as e:
                    results.append(f'TypeError: {e}')
            try:
                results.append(str(inspect.signature(functools.partial(f, *args, **kwargs))))
            except ValueError:
                results.append('ValueError')
            print(count, names, ' | '.join(results))
