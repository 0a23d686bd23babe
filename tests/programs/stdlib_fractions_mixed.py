# Fraction mixed with complex numbers, ties in limit_denominator, pickling form.
from fractions import Fraction
import math

x = Fraction(3, 4)
for other in [1j, 2 + 0j, 0.5, 2, Fraction(1, 3)]:
    for name, op in [('+', lambda a, b: a + b), ('-', lambda a, b: a - b),
                     ('*', lambda a, b: a * b), ('/', lambda a, b: a / b),
                     ('//', lambda a, b: a // b), ('%', lambda a, b: a % b)]:
        for a, b in [(x, other), (other, x)]:
            try:
                print(repr(a), name, repr(b), '=', repr(op(a, b)))
            except TypeError as e:
                print(repr(a), name, repr(b), 'TypeError', e)
print(Fraction(2) == 2 + 0j, Fraction(1, 2) == 0.5 + 0j, Fraction(1, 2) == 0.5 + 1j)
print(Fraction(1, 2).__reduce__(), Fraction(-7, 3).__reduce__())
# limit_denominator: exact midpoints keep the convergent
for n, d, limit in [(1, 4, 3), (3, 8, 3), (5, 12, 5), (7, 16, 5), (-5, 12, 5), (1, 6, 4)]:
    print(Fraction(n, d), limit, Fraction(n, d).limit_denominator(limit))
print(Fraction(math.pi).limit_denominator(1000), Fraction(math.e).limit_denominator(50))
for s in ['1e+2', '1e-2', '1E2', '1e', '1e+', '1e++2', '.e1', '1._5', '1_.5', '+-1', '٣/٤']:
    try:
        print(repr(s), repr(Fraction(s)))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
class Sub(Fraction):
    pass
s = Sub(2, 4)
print(repr(s), type(s + 1).__name__, type(-s).__name__, type(s ** 2).__name__, s == Fraction(1, 2))
