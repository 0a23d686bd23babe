from collections import UserDict, UserList, UserString
import copy

ud = UserDict({'a': 1}, b=2)
print(ud, len(ud), 'a' in ud, list(ud), ud | {'c': 3}, {'c': 3} | ud, ud | UserDict(d=4))
ud |= {'e': 5}
print(ud, ud.copy(), type(ud.copy()).__name__, UserDict.fromkeys('xy', 0))
try:
    ud['zz']
except KeyError as e:
    print('KeyError', e)
class Miss(UserDict):
    def __missing__(self, key):
        return key * 2
m = Miss(k=1)
m.extra = 'tag'
c = m.copy()
print(m['ab'], c, c.extra, copy.copy(m).extra, copy.copy(m).data is m.data)
print(ud.__or__(3), UserDict(), ud == {'a': 1, 'b': 2, 'e': 5}, ud.get('q', 'no'))
del ud['a']
print(ud.pop('b'), ud, ud.setdefault('n', 1), ud)

ul = UserList([3, 1, 2])
print(ul, ul[0], ul[1:], type(ul[1:]).__name__, ul + [4], [0] + ul, ul + (5,), ul * 2, 2 * ul)
ul += (9,)
ul *= 2
print(ul, len(ul), 9 in ul, ul.count(9), ul.index(9), ul.index(9, 4))
ul.sort(reverse=True)
ul.append(0); ul.insert(0, 100); ul.extend(UserList([7])); ul.remove(100)
print(ul, ul.pop(), ul.pop(0))
ul.reverse()
print(ul, ul < [9], ul == UserList(list(ul)), ul > UserList([]), ul <= ul, ul >= [100])
c = copy.copy(ul)
print(c == ul, c.data is ul.data, ul.copy(), UserList(), UserList('ab'), UserList(UserList([1])))
del ul[0]
ul[0] = 'x'
ul.clear()
print(ul, UserList.__hash__)

us = UserString('Hello World')
print(us, repr(us), len(us), us[0], us[1:3], type(us[0]).__name__, us + '!', '>' + us, us * 2)
print(us.lower(), us.upper(), us.swapcase(), us.title(), us.capitalize(), us.casefold())
print(us.center(15, '*'), us.ljust(13, '.'), us.rjust(13), us.zfill(14), UserString('a\tb').expandtabs(4))
print(us.count('o'), us.count(UserString('l')), us.find('World'), us.rfind('o'), us.index('o'), us.rindex('o'))
print(us.startswith('He'), us.endswith(('x', 'd')), us.split(), us.rsplit('o', 1), UserString('a\nb').splitlines(True))
print(us.partition(' '), us.rpartition('o'), us.replace('l', UserString('L'), 2), us.strip('Hd'), UserString('  x ').lstrip(), UserString(' x  ').rstrip())
print(us.removeprefix('Hello '), us.removesuffix(UserString('World')), us.encode(), us.encode(None, None))
print(UserString('{}-{x}').format(1, x=2), UserString('{a}').format_map({'a': 5}), UserString(',').join('abc'))
print(us.isalpha(), UserString('abc').isalpha(), UserString('12').isdigit(), UserString('x1').isalnum(), us.istitle(), UserString(' ').isspace())
print(UserString('ab').isidentifier(), us.islower(), us.isupper(), UserString('²').isnumeric(), UserString('5').isdecimal(), us.isascii(), us.isprintable())
print(us.translate(UserString.maketrans('lo', '01')), UserString('%s!') % 'hi', int(UserString('42')), float(UserString('1.5')), complex(UserString('1+2j')))
print('World' in us, UserString('World') in us, us == 'Hello World', us < 'Z', us > UserString('A'), us <= us, us >= 'Z')
print(hash(us) == hash('Hello World'), us.__getnewargs__(), UserString(12), UserString(UserString('q')))
try:
    us.index('zz')
except ValueError as e:
    print('ValueError', e)
class Up(UserString):
    pass
print(type(Up('a') + 'b').__name__, type(Up('ab').upper()).__name__, sorted([UserString('b'), UserString('a')]))
