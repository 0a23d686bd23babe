import collections, itertools
import collections, itertools
class L(list): pass
for a, b in [(object, list), (object, L), (list, L), (object, ValueError), (BaseException, ValueError), (int, bool), (dict, collections.defaultdict), (dict, collections.OrderedDict), (object, int), (int, str), (object, type), (tuple, tuple), (float, int), (object, itertools.chain), (object, range)]:
    try:
        r = a.__new__(b)
        print("ok", a.__name__, b.__name__, type(r).__name__)
    except TypeError as e:
        print("TE", e)
class N:
    def __new__(cls): return object.__new__(cls)
class N2(N): pass
class I(int):
    def __new__(cls, v): return int.__new__(cls, v)
class I2(I): pass
print(type(N2()), I2(5), type(I2(5)))
for a, b in [(object, N2), (int, I2), (object, I2), (str, I2)]:
    try:
        r = a.__new__(b)
        print("ok", a.__name__, b.__name__, type(r).__name__)
    except TypeError as e:
        print("TE", e)
try: int.__new__(5)
except TypeError as e: print(e)
try: object.__new__(5)
except TypeError as e: print(e)
try: int.__new__()
except TypeError as e: print(e)

# super().__new__ from subclasses of the mutable builtins reaches their own __new__.
class LL(list):
    def __new__(cls, *a):
        return super().__new__(cls)
class DD(dict):
    def __new__(cls, *a, **k):
        return super().__new__(cls, *a, **k)
class EE(ValueError):
    def __new__(cls, *a):
        return super().__new__(cls, *a)
print(LL([1, 2]), DD(a=1), repr(EE(1, 2)), EE(3).args)
print(list.__new__(list), dict.__new__(dict), set.__new__(set), bytearray.__new__(bytearray))
print(bool.__new__(bool, 1), int.__new__(int, '12'), tuple.__new__(tuple, 'ab'))
print('__new__' in list.__dict__, '__new__' in bool.__dict__, '__new__' in BaseException.__dict__)
for a, b in [(BaseException, OSError), (OSError, FileNotFoundError), (BaseException, ValueError), (object, OSError), (OSError, ValueError)]:
    try:
        r = a.__new__(b)
        print("ok", a.__name__, b.__name__, type(r).__name__)
    except TypeError as e:
        print("TE", e)
class MyErr(OSError):
    def __new__(cls, *a):
        return super().__new__(cls, *a)
e = MyErr(2, 'gone')
print(type(e).__name__, e.errno, e.strerror, e)
print(type(OSError(2, 'x')).__name__, type(OSError.__new__(OSError, 2, 'x')).__name__)
