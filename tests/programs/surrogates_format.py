# str.format, format_map, format() and f-strings over lone surrogates: conversions, specs, fill characters, names.
s = '\ud800'
class O:
    def __repr__(self): return 'r\udc80'
    def __str__(self): return 's\udc81'
    def __format__(self, spec): return 'f\udc82' + spec
print(ascii('{}{!r}'.format(s, 1)))
print(ascii('{}{!r}{!s}{!a}'.format(s, s, s, s)))
print(ascii('{0!r:>10}|{0:<4}|{0:.0}|{1}|{1!r}|{1!s}|{1!a}|{1:xy}'.format(s, O())))
print(ascii('{x!r:>10}{y}'.format_map({'x': s, 'y': '\udfff'})))
print(ascii(f'{s!r}{s!s}{s!a}{s:>5}{O()}{O()!r}{O()!s}{O()!a}{O():q}'))
print(ascii('\ud800{}\udc00{{}}{!r}'.format('\ue000', '\ue000')))
print(ascii('{\ud800}'.format(**{'\ud800': 5})))
print(ascii('{:\ud800>5}|{:\udc00^7}|{:\udc00<3}'.format('ab', 12, '\ud801')))
print(ascii(format(3.5, '\udfff>6')), ascii(format('\ud800', '\ud801<3')))
print(ascii('{0[\ud800]}'.format({'\ud800': 'v'})))
print(ascii('{:{}}'.format(s, '>4')))
for bad in [lambda: '{\ud800}'.format(), lambda: '{!x}'.format(s), lambda: '{'.format(), lambda: '\ud800{0}'.format()]:
    try: bad()
    except Exception as e: print(type(e).__name__, ascii(str(e)))
