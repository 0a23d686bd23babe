# str.maketrans over code points, lone surrogates included, with CPython's checks on
# its arguments; str.translate with the tables it makes.
s = 'a\ud800b\udc00'
t = str.maketrans('a\ud800', '\udcffQ', '\udc00')
print(ascii(sorted(t.items())))
print(ascii(s.translate(t)))
print(ascii(str.maketrans({'\ud800': '\udcff', 'b': None, 7: 'x', True: 'y'})))
print(ascii(s.translate(str.maketrans({'\ud800': '\udcff\ud801', 'b': None}))))


class D(dict):
    pass


for args in [
    ({'ab': 1},),
    ({'': 1},),
    ({1.5: 1},),
    ([('a', 1)],),
    (D(x='y'),),
    ('ab', 'c'),
    ('\ud800', 'ab'),
    (1, 'a'),
    ('a', 1),
    ('a', 'b', 1),
    (),
    ('a', 'b', 'c', 'd'),
]:
    try:
        print(ascii(str.maketrans(*args)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    str.maketrans('a', 'b', z='c')
except TypeError as e:
    print(type(e).__name__, e)
