import locale, warnings
warnings.simplefilter("ignore")
def t(f):
    try:
        print('OK', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for args in [(locale.LC_ALL, 0), (locale.LC_ALL, ()), (locale.LC_ALL, []), (locale.LC_ALL, ['C', None]), (locale.LC_ALL, ('C',)),
             (locale.LC_ALL, 'C.UTF-8'), (locale.LC_ALL, 'C.utf8'), (locale.LC_ALL, 'POSIX'), (locale.LC_ALL, (None, None)),
             (locale.LC_ALL, ('C', 'UTF-8')), (locale.LC_ALL, ('posix', 'utf-8')), (locale.LC_ALL, ('c', 'ascii')), (locale.LC_ALL, 'c'), (-1,), (locale.LC_ALL, b'C'), (1.5,), (True,),
             (99, 0), ('x', ('en_US', 'UTF-8')),]:
    t(lambda: locale.setlocale(*args))
t(lambda: locale.strcoll('a', 1)); t(lambda: locale.strcoll(1, 1)); t(lambda: locale.strxfrm(b'x'))
t(lambda: locale.nl_langinfo('x')); t(lambda: locale.nl_langinfo(-1)); t(lambda: locale.getlocale(99))
for f, v in [('%(a)z)s', {'a)z': 5}), ('%5%|%d', (3,)), ('%-*.*f|', (8, 2, 3.14159)), ('%(x)d %(x)5.1f', {'x': 2}), ('%s %r %c', ('a', 'b', 65)),
             ('100%% %d', 1), ('%z', ()), ('%(a', {}), ('%.3e', 12345.678), ('%i|%u|%o|%X', (1, 2, 8, 255)), ('no specs', ()), ('%d', [1, 2])]:
    t(lambda: locale.format_string(f, v, True))
t(lambda: locale.format('%.2f', 1234.5, True)); t(lambda: locale.format('%.2f %d', 1)); t(lambda: locale.format('%d', 5)); t(lambda: locale.format('x%d', 5))
t(lambda: locale.format('%*d', 3, False, False, 7))
t(lambda: locale.str(2.5)); t(lambda: locale.atoi('1.5')); t(lambda: locale.localize('1.2.3')); t(lambda: locale.delocalize('1.5'))
conv = {'int_curr_symbol': 'USD ', 'currency_symbol': '$', 'mon_decimal_point': ',', 'mon_thousands_sep': '.', 'mon_grouping': [3, 2, 0], 'positive_sign': '+', 'negative_sign': '-', 'int_frac_digits': 2, 'frac_digits': 3, 'p_cs_precedes': 0, 'p_sep_by_space': 1, 'n_cs_precedes': 1, 'n_sep_by_space': 0, 'p_sign_posn': 2, 'n_sign_posn': 0, 'decimal_point': ',', 'thousands_sep': ' ', 'grouping': [3, 3, 0]}
from decimal import Decimal
for variant in range(6):
    c = dict(conv)
    c['p_sign_posn'] = c['n_sign_posn'] = variant if variant < 5 else 127
    c['p_cs_precedes'] = variant % 2
    c['grouping'] = [[3, 3, 0], [2, 127], [4], [1, 2, 3], [], [3, 0]][variant]
    locale.localeconv = lambda c=c: dict(c)
    for val in (1234567.891, -1234567.891, 0.5, -3, Decimal('12345678901234567890.125')):
        t(lambda: (locale.currency(val), locale.currency(val, grouping=True), locale.currency(val, symbol=False), locale.currency(val, international=True, grouping=True)))
    t(lambda: locale.format_string('%10.2f|%-12d|%d|%012d|%+d', (1234.5, 1234567, -1234, 99999, 77777), grouping=True))
    t(lambda: locale.format_string('%.2f %d', (1234567.5, 7654321), grouping=True, monetary=True))
    t(lambda: (locale.str(12345.678), locale.atof('1 234,5'), locale.delocalize('1 234 567,25'), locale.localize('1234567.125', True)))
c = dict(conv); c['grouping'] = [0]
locale.localeconv = lambda: c
t(lambda: locale.format_string('%d', 1234567, grouping=True))
