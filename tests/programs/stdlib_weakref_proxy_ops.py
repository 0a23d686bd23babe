import weakref


class Num:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, other):
        self.v += other
        return self

    def __isub__(self, other):
        return 'isub result'

    def __index__(self):
        return 3

    def __int__(self):
        return 4

    def __float__(self):
        return 5.0

    def __neg__(self):
        return 'neg'

    def __abs__(self):
        return 'abs'

    def __invert__(self):
        return 'invert'

    def __contains__(self, x):
        return x == 1

    def __matmul__(self, other):
        return ('matmul', other)

    def __rmatmul__(self, other):
        return ('rmatmul', other)

    def __pow__(self, other, mod=None):
        return ('pow', other, mod)

    def __rpow__(self, other):
        return ('rpow', other)

    def __bool__(self):
        return False

    def __reversed__(self):
        return iter('rev')

    def __bytes__(self):
        return b'bytes'

    def __str__(self):
        return 'Num str'

    def __lt__(self, other):
        return ('lt', type(other).__name__)


n = Num(1)
p = weakref.proxy(n)
print(type(p) is weakref.ProxyType, p.__class__ is Num, isinstance(p, Num))
q = p
q += 2
print(q is n, n.v)
q = p
q -= 1
print(q)
print(int(p), float(p), -p, abs(p), ~p, 1 in p, 2 in p, p @ 1, 1 @ p)
print(p ** 2, pow(p, 2, 5), 2 ** p, [10, 20, 30, 40][p], hex(p), bool(p))
print(list(reversed(p)), bytes(p), str(p), format(p, ''), p < p)
print('v' in dir(p), 'method' in dir(p))
try:
    next(p)
except TypeError as e:
    print('TypeError:', e)


class Counter:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n


c = Counter()
pc = weakref.proxy(c)
print(next(pc), list(pc))

nums = [3, 1, 2]
# Lists cannot be weakly referenced; a subclass instance can.


class MyList(list):
    pass


ml = MyList([3, 1, 2])
pl = weakref.proxy(ml)
pl.append(0)
pl[0] = 9
del pl[1]
print(ml, len(pl), pl[0], sorted(pl), pl + [5], [5] + pl, pl * 2, 2 in pl)
print(pl == [9, 2, 0], pl != ml, pl > [1], divmod(weakref.proxy(Num(7)).__class__.__name__, 1) if False else divmod(pl[0], 4))

calls = []


def handler(x, *, scale=1):
    return x * scale


fp = weakref.proxy(handler, calls.append)
print(type(fp) is weakref.CallableProxyType, fp(3, scale=2), fp.__name__)
print(weakref.proxy(handler) is weakref.proxy(handler), weakref.proxy(handler) is fp)
del handler
print(len(calls), calls[0] is fp)
for action in (lambda: fp(1), lambda: fp.__name__, lambda: str(fp)):
    try:
        action()
    except ReferenceError as e:
        print('ReferenceError:', e)
try:
    weakref.proxy(1)
except TypeError as e:
    print('TypeError:', e)
try:
    weakref.ProxyType()
except TypeError:
    print('cannot create proxies directly')
