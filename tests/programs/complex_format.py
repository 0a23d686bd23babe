# format() / f-strings / str.format of complex numbers, as complex.__format__.
values = [1+2j, -1.5-2.25j, 3j, -3j, complex(-0.0, 0.0), complex(0.0, -0.0), 1234567.891+0.000123j,
          1e20j, complex(1e-7, 1e16), complex(float('inf'), float('nan')), complex(float('-inf'), -1)]
specs = ['', '.0', '.1', '.3', '.12', 'e', '.2e', 'E', 'f', '.0f', '.3f', 'F', 'g', '.3g', 'G',
         'n', '+', '-', ' ', '+.2f', ' g', '#g', '#.0f', '#e', 'z.1f', 'z', ',', '_', ',.2f',
         '_.3e', '20', '<20', '>20', '^20', '*^25', '-<22.3f', '30.4g', 'x<10', '+^30e']
for v in values:
    for s in specs:
        print(repr(v), repr(s), repr(format(v, s)))
print(f"{1+2j}|{1+2j!r}|{1+2j!s}|{1+2j:>12}|{-2j:<8}|{3+4j:^15.2f}")
print('{} {:.1f} {!r}'.format(1j, 2+3j, -1j))
print('%s %r' % (1+1j, 2j), '%10s|' % 1j, '%-10r|' % (1-1j))
for bad in ['010', '0<10', '=10', '=', 'x', 'd', '%', 'c', 's', 'b']:
    try:
        print(format(1+2j, bad))
    except ValueError as e:
        print(repr(bad), 'ValueError', e)
for bad in ['%d', '%f', '%e', '%g', '%x', '%c', '%i']:
    try:
        print(bad % 1j)
    except TypeError as e:
        print(bad, 'TypeError', e)
class Sub(complex):
    pass
print(format(Sub(1, 2), '.2f'), f"{Sub(3, -4)}", '{:>10}'.format(Sub(0, 1)))
