# The str methods on strings holding lone surrogates, which behave as unprintable,
# caseless code points that are neither letters, digits, spaces nor line breaks.
s = 'ab\ud800 Cd\udc80\udc80x'
for m in ['upper', 'lower', 'casefold', 'swapcase', 'title', 'capitalize', 'isalpha',
          'isdigit', 'isdecimal', 'isnumeric', 'isalnum', 'isspace', 'isupper', 'islower',
          'istitle', 'isidentifier', 'isprintable', 'isascii', 'strip', 'lstrip', 'rstrip',
          'split', 'rsplit', 'splitlines', 'expandtabs']:
    print(m, ascii(getattr(s, m)()))
for one in ['\ud800', '\udfff', '\ud800a', 'A\udc80']:
    print(ascii(one), one.isprintable(), one.isidentifier(), one.isalpha(), one.upper() == one)
print(ascii(s.split('\udc80')), ascii(s.rsplit('\udc80', 1)), ascii(s.split('\udc80', maxsplit=1)))
print(s.find('\udc80'), s.rfind('\udc80'), s.index('Cd'), s.count('\udc80'), s.find('\udfff'))
print(ascii(s.replace('\udc80', '\ud800!')), ascii(s.replace('\ud800', '', 1)))
print(ascii(s.strip('\ud800a\udc80x')), s.startswith('ab\ud800'), s.endswith(('q', '\udc80x')))
print(ascii(s.partition('\ud800')), ascii(s.rpartition('\udc80')), ascii(s.partition('zz')))
print(ascii(s.center(20, '\udfff')), ascii(s.ljust(15)), ascii(s.rjust(15, '*')), ascii('\udc80'.zfill(4)))
print(ascii('-\ud800-'.join(['a', 'b\udc80', 'c'])), ascii('\udc80'.join('xyz')))
print(ascii(s.removeprefix('ab\ud800')), ascii(s.removesuffix('\udc80x')))
print(ascii('{}-{:>6}'.format('\ud800', '\udc81')), ascii('{0}{0}'.format('\udfff')))
print(ascii('\ud800{!r}'.format('\udc80')), ascii('\udfff{k}'.format_map({'k': 'v'})))
print(ascii(s.translate({0xd800: 'X', ord('a'): 0xdc99, ord('b'): None})))
print(ascii('a\tb\ud800\tc'.expandtabs(4)), ascii('\ud800\n\udc80\r\nz'.splitlines(True)))
# Private-use characters next to surrogates keep their own identity.
pu = '\ue000\ud800\U000f0000'
print(ascii(pu.split('\ud800')), ascii(pu.replace('\ue000', '\udc80')), pu.find('\U000f0000'))
print(ascii(pu.upper()), pu.count('\ue000'), ascii(pu[::-1]))
try:
    'x\ud800'.index('q')
except ValueError as e:
    print('ValueError', e)
try:
    '\ud800'.join(['a', 1])
except TypeError as e:
    print('TypeError', e)
