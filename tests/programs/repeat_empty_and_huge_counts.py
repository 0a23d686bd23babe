# Repeating an empty sequence by a huge count is immediate and empty (no loop over the
# count); a count beyond a machine word is an OverflowError whatever its sign.
big = 1 << 62
print([] * big, () * big, '' * big, b'' * big, bytearray() * big)
print(big * [], big * ())
s = []
s *= big
print(s)
b = bytearray()
b *= big
print(b)
empty = ()
print(empty * big is empty, (1,) * 0, [1, 2] * -big)
for make in (lambda: (1,), lambda: [1], lambda: (), lambda: [], lambda: 'a', lambda: b'a'):
    for n in (1 << 70, -(1 << 70)):
        try:
            print(make() * n)
        except OverflowError as e:
            print(type(make()).__name__, n < 0, 'OverflowError', e)
        try:
            print(n * make())
        except OverflowError as e:
            print(type(make()).__name__, n < 0, 'OverflowError', e)
x = [1, 2]
x *= 3
print(x)
x *= 1
print(x)
x *= 0
print(x)
