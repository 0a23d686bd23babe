# Decimal construction, str/repr, format() specs, conversions, hashing.
from decimal import *
import math
D = Decimal
vals = ['0', '-0', '1', '-1', '0.1', '1.10', '123.456', '-123.456', '1E+2', '1.5E+7', '1E-7', '0.000001', '0.0000001', '-0.00', '0E+3', '0E-8', '1234567.891',
        '999.995', '0.5', '2.5', '-2.5', '1E+20', '12345678901234567890.123', 'Infinity', '-Infinity', 'NaN', '-NaN5', 'sNaN2', '5E-324', '0.00012345', '100', '1.2E-5',
        '123E+4', '-0E-2']
specs = ['', '.2f', '.0f', 'f', ',', ',.2f', '>10', '<10', '^12', '=+12', 'e', '.3e', 'E', '%', '.1%', 'g', '.3g', 'G', '.0g', 'n', '.2n', '+', ' ', '012', '010,.2f',
         '_', '#.0f', '#g', 'z.1f', '*^15.3f', '.10', '.3', '015.3e', '-', '+.2e', ',g', '08,', '09_']
for v in vals:
    d = D(v)
    print(v, str(d), repr(d), d.to_eng_string(), d.adjusted(), d.as_tuple(), d.is_signed(), d.is_zero(), bool(d))
    if d.is_finite():
        print('  ', int(d), float(d), round(d), round(d, 1), round(d, -1), math.floor(d), math.ceil(d), math.trunc(d), d.as_integer_ratio(), hash(d) == hash(float(d)) if abs(d) < 10**15 else hash(d))
    for s in specs:
        try:
            r = format(d, s)
        except Exception as e:
            r = type(e).__name__ + ':' + str(e)
        print('  %r %r' % (s, r))
for s in ['1', ' 1.5 ', '1_000', '1e5', '1E+5', '-1.2e-3', '.5', '5.', '+7', 'inf', '-Inf', 'nan', 'NAN12', 'snan', '1e', 'e5', '1.2.3', '', ' ', '1 2', '0x10', '١٢٣', '1e1_0', 'Infinit', '--1', '+-1', '1e+', '00012.500', '0.0e-5', '1.0e+0']:
    try:
        print(repr(s), repr(D(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
for f in [0.1, -0.0, 1.5, 1e300, 5e-324, float('inf'), 2.0**70, 123.456]:
    print(f, repr(D(f)), repr(D.from_float(f)), D(f) == f, D(f) < f, hash(D(f)) == hash(f) if f == f else 'nan')
print(getcontext())
for t in [(0, (1, 2, 3), -2), (1, (0,), 0), (0, (), 5), (1, (4, 5), 'n'), (0, (1,), 'N'), (0, (9,), 'F'), [1, [2], 3]]:
    print(repr(D(t)))
x = D('1.23')
print(x.copy_sign(D(-1)), x.copy_negate(), x.copy_abs(), (-x).copy_abs(), x.compare(2), x.max(1), x.min(1))
print(D(10) ** 2, 2 ** D(3), D(7) // 2, 7 // D(2), D(7) % 3, 7 % D(3), divmod(D(7), 2), divmod(7, D(2)), 3 - D(1), 3 * D('1.1'), 3 / D(4))
print(D(1) == 1, D(1) == 1.0, D('1.1') == 1.1, D(2) > 1, 1 < D(2), D(2) >= 2.0, D('0.5') == 0.5, D(1) != 2, D(0) == -0.0)
print(sorted([D(3), D('1.5'), D(-2), D('0.1')]), max(D(1), D(2)), min([D('1.0'), D(1)]), sum([D('0.1')] * 10))
print(hash(D(1)) == hash(1), hash(D('1.0')) == hash(1), hash(D('0.5')) == hash(0.5), hash(D(-1)), hash(D('1e100')) == hash(10**100), hash(D('Inf')), hash(D('-0')))
print({D(1): 'a', D('1.0'): 'b', 1: 'c'})
print(D('1.5').real, D('1.5').imag, D('2').conjugate())
print(D('7.5').quantize(D('1'), rounding=ROUND_HALF_UP), D('7.5').quantize(D('1'), ROUND_HALF_EVEN), D('1.23456').quantize(D('0.001'), ROUND_DOWN))
print(D(2).sqrt(), D(2).exp(), D(2).ln(), D(2).log10(), D(3).fma(2, 5), D('1.5').scaleb(3), D('1.0').same_quantum(D('2.0')))
print(D('-1.5').to_integral_value(), D('2.5').to_integral_exact(ROUND_UP), D('123.456').normalize(), D('100').normalize(), D('0.00').normalize())
print(D('3.14159').as_tuple().digits, D(0).as_integer_ratio(), D('-2.5').as_integer_ratio(), D('1E+3').as_integer_ratio())
