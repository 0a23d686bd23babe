from fractions import Fraction as F
import fractions, math, copy

def show(expr):
    try:
        v = eval_map[expr]()
        print(expr, '->', repr(v))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)

eval_map = {}
def case(name, fn):
    eval_map[name] = fn
    show(name)

print(fractions.__all__)
# construction
case('F()', lambda: F())
case('F(3)', lambda: F(3))
case('F(6, -4)', lambda: F(6, -4))
case('F(-6, -4)', lambda: F(-6, -4))
case('F(0, -5)', lambda: F(0, -5))
case('F(F(1, 3), F(2, 5))', lambda: F(F(1, 3), F(2, 5)))
case('F(F(7, 3))', lambda: F(F(7, 3)))
case('F(True, True)', lambda: F(True, True))
case('F(0.1)', lambda: F(0.1))
case('F(-2.75)', lambda: F(-2.75))
case('F(1e300)', lambda: F(1e300))
case('F(1, 0)', lambda: F(1, 0))
case('F(-5, 0)', lambda: F(-5, 0))
case('F(1.5, 2)', lambda: F(1.5, 2))
case('F([1])', lambda: F([1]))
case('F(None)', lambda: F(None))
case("F(float('nan'))", lambda: F(float('nan')))
case("F(float('inf'))", lambda: F(float('inf')))
for s in ['3/4', ' -1.5 ', '1e-3', '+7', '-0', '1.', '.5', '.5e1', '1_000', '1_0/2_0', '3.25E+2',
          '\t10/4\n', '2e0', '-1/3', '1/0', '', ' ', 'x', '1/', '/2', '1.5/2', '1 / 2', '.', '-.5',
          '1__0', '_1', '1_', '1e', '1e+', '1.e5', '1._5', '--1', '+-1', '1/-2', 'inf', 'nan',
          '1e1_0', '0.000_001', '١٢', '3/4/5', '1.2.3', '1e2e3', ' 1 2 ']:
    case('F(%r)' % s, lambda s=s: F(s))

# attributes and conversions
f = F(-7, 2)
print(f.numerator, f.denominator, f.as_integer_ratio())
print(int(f), float(f), bool(f), bool(F(0)), str(f), repr(f), str(F(4)), format(f), '%s' % f)
case("format(F(1,3), '.2f')", lambda: format(F(1, 3), '.2f'))
print(math.floor(f), math.ceil(f), math.trunc(f), round(f), round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)))
print(round(F(12345, 1000), 2), round(F(12345, 100), -1), round(F(-5, 2), 0), round(F(1, 3), 5))
print(F.from_float(0.25), F.from_float(3), F.from_decimal(7))
case("F.from_float('a')", lambda: F.from_float('a'))
case('F.from_decimal(1.5)', lambda: F.from_decimal(1.5))
print(F(math.pi).limit_denominator(), F(math.pi).limit_denominator(100), F(math.pi).limit_denominator(1))
print(F(3, 10).limit_denominator(3), F(1, 2).limit_denominator(5), F(-22, 7).limit_denominator(3))
print(F('0.333333333').limit_denominator(1000), F(1, 3).limit_denominator(2))
case('F(1, 2).limit_denominator(0)', lambda: F(1, 2).limit_denominator(0))
print(copy.copy(f) is f, copy.deepcopy(f) == f)

class MyF(F):
    pass
m = MyF(2, 4)
print(repr(m), type(m).__name__, type(m + 1).__name__, repr(-m), type(copy.copy(m)).__name__)
