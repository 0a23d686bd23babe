# json.dumps of deep nesting: CPython's C encoder counts one recursion level per
# container and fails with "while encoding a JSON object"; its Python encoder
# (indent, json.dump) says "while calling a Python object". Where the limit falls
# depends on the frames below the call, as in CPython.
import io
import json


def nest(n, kind):
    x = [] if kind == 'list' else {}
    for i in range(n):
        x = [x] if kind == 'list' else {'a': x}
    return x


def deepest(encode, kind):
    lo, hi = 1, 3000
    while lo < hi:
        m = (lo + hi + 1) // 2
        try:
            encode(nest(m, kind))
            lo = m
        except RecursionError:
            hi = m - 1
    return lo


def deeper(k, encode, kind):
    if k:
        return deeper(k - 1, encode, kind)
    return deepest(encode, kind)


def dump(o):
    json.dump(o, io.StringIO())


class Leaf:
    pass


def via_default(o):
    return json.dumps([Leaf()], default=lambda leaf: o)


encoders = [
    ('dumps', json.dumps),
    ('indent', lambda o: json.dumps(o, indent=1)),
    ('dump', dump),
    ('default', via_default),
]
for kind in ('list', 'dict'):
    for name, encode in encoders:
        print(kind, name, deepest(encode, kind), deeper(10, encode, kind))

x = nest(5000, 'list')
for name, encode in encoders:
    try:
        encode(x)
    except RecursionError as e:
        print(name, e)

# Shallow encodings are unchanged: pieces, separators, default, circularity.
print(json.dumps({'a': [1, {'b': (2, None)}], 'c': Leaf()}, default=lambda o: 'leaf'))
print(json.dumps([[], {}, [[1]], {'k': {}}], indent=2, sort_keys=True))
a = []
a.append(a)
for kw in ({}, {'indent': 1}):
    try:
        json.dumps(a, **kw)
    except ValueError as e:
        print(e)
print(json.dumps({1: 2, 2.5: [True], None: 'x', (1,): 3}, skipkeys=True))
