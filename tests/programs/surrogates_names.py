# Names holding lone surrogates: str.format's attribute and key fields look them up as
# the str they are, and dir() / vars() list them (sorted by code point).
class O:
    pass

o = O()
setattr(o, '\ud800', 5)
setattr(o, '\ud800x', 6)
setattr(o, 'plain', 7)
print(ascii('{.\ud800}'.format(o)))
print(ascii('{0.\ud800x}|{0.plain}'.format(o)))
print(ascii('{o.\ud800x!r:>4}'.format(o=o)))
print(ascii('{a.\ud800}'.format_map({'a': o})))
for template in ('{.\udcff}', '{0.\ud800y}'):
    try:
        template.format(o)
    except AttributeError as e:
        print(type(e).__name__, ascii(str(e)))
print('{0[\ud800]}'.format({'\ud800': 7}))
print('{\ud800}'.format(**{'\ud800': 8}))
print('{\ud800[\udc00]}'.format(**{'\ud800': {'\udc00': 9}}))
try:
    '{\ud801}'.format(**{'\ud800': 8})
except KeyError as e:
    print('KeyError', ascii(e.args))

print(ascii([n for n in dir(o) if not n.startswith('__')]))
print(ascii(sorted(vars(o))))
print(ascii(list(o.__dict__)))

globals()['\udcff'] = 1
globals()['\ud800'] = 2
print(ascii([n for n in dir() if n[0] > '\ud000']))
print(ascii([n for n in vars() if n[0] > '\ud000']))


def show_locals():
    x = 1
    print(ascii(dir()))


show_locals()


class C:
    pass


setattr(C, '\ud800y', 3)
setattr(C, '\U0001f600', 4)
print(ascii([n for n in dir(C) if n[0] > '\ud000']))
print(ascii([n for n in vars(C) if n[0] > '\ud000']))
print(ascii([n for n in dir(C()) if n[0] > '\ud000']))

import types

m = types.ModuleType('m')
setattr(m, '\ud800z', 1)
print(ascii([n for n in dir(m) if n[0] > '\ud000']))


def f():
    pass


setattr(f, '\ud800f', 1)
f.plain = 2
print(ascii([n for n in dir(f) if n[0] > '\ud000' or n == 'plain']))
print(ascii(f.__dict__))


class D:
    def __dir__(self):
        return ['b', '\udcff', 'a', '\ud800']


print(ascii(dir(D())))
ns = types.SimpleNamespace(**{'\ud800n': 1, 'k': 2})
print(ascii([n for n in dir(ns) if not n.startswith('__')]))
