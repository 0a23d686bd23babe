# Decimal methods and Context methods: remainder_near, max_mag, fma, logb, eng strings, localcontext keywords.
from decimal import *
import copy
D = Decimal
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, 'EXC', type(e).__name__, e)
t('lc1', lambda: type(localcontext(traps=[Inexact])).__name__)
t('lc2', lambda: localcontext(Emax=5, Emin=-5, capitals=0, clamp=1).__enter__())
setcontext(Context())
t('lc3', lambda: localcontext(flags={}))
t('lc4', lambda: localcontext(1))
with localcontext(capitals=0) as c:
    print(D('1E+10'), repr(D('-1e-20')), D('Inf'), format(D('1E+10'), ''), format(D('12345678'), '.2'))
for s in ['1E+10', '123E+7', '1.5E-9', '0E+7', '0E-7', '-0.00001E+3', '12345E-10', '1E+3', '0.00E+2', '100E-1']:
    print(s, D(s).to_eng_string(), str(D(s)))
print(copy.copy(D('1.5')), copy.deepcopy(D('2.5')), D('1.5').__reduce__())
c = Context(prec=7)
print(c.abs(-3), c.plus(D('1.23456789')), c.minus(5), c.exp(1), c.ln(10), c.log10(1000), c.compare(1, 2), c.max(1, D('1.0')), c.min(1, 2))
print(c.quantize(D('1.2345'), D('0.01')), c.normalize(D('1.200')), c.remainder(10, 3), c.remainder_near(10, 3), c.divide_int(10, 3), c.divmod(10, 3), c.fma(2, 3, 4))
print(c.is_zero(0), c.is_signed(-1), c.number_class(D('-0')), c.copy_sign(1, -2), c.scaleb(1, 5), c.to_eng_string(D('1E+5')), c.same_quantum(D('1.0'), D('2.0')))
t('cfloat', lambda: c.add(1.5, 1))
t('cstr', lambda: c.add('1', 1))
print(D(5).remainder_near(3), D(-5).remainder_near(3), D(4).remainder_near(8), D('7.5').remainder_near(2))
print(D('12.5').max_mag(D('-13')), D('1').min_mag(D('-1')), D(1).compare_signal(2), D(1).compare_total_mag(D(-2)))
print(D('NaN').max(1), D(1).min(D('NaN')), D('-0').max(D('0')), D('1.0').max(D('1')), D('1.0').min(D('1')))
t('cs', lambda: D('NaN').compare_signal(1))
print(D(10).logb(), D('0.001').logb(), D(1).is_normal(), D('1e-999999').is_subnormal(), D(-1).radix(), D(3).is_canonical())
print(D(1).fma(2, 3), D('1e30').fma(D('1e30'), -1))
print(D('0.1') + D('0.2') == D('0.3'), D('1.30') + D('1.20'), D('1.3') * D('1.2'), D(1) / D(8), D(10) / D(4), D(6) / D(2), D('1.0') / D('0.1'))
print(D(-7) // 2, D(-7) % 2, D(7) // -2, D(7) % -2, D('7.5') % 2, divmod(D(-7), D(2)))
print(D(2).sqrt() ** 2, D(10) ** -3, D('1E+400') ** 0, D(-2) ** -3)
print(int(D('1e30')), int(D('-1.999')), float(D('1e-400')), float(D('-1.5e308')), float(D('1e400')))
print(D(' \t12\n'), D('1_0.0_1'), D('-00.000'), D('+0E+100'), D(10**40), D(-10**20))
print([D(x).as_tuple() for x in ['Inf', '-NaN', 'sNaN12', '0.00']])
