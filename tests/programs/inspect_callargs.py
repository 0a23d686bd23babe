import inspect


def combine(a, b=2, /, c=3, *rest, key=None, **options):
    pass


def strict(x, y, *, z, w=0):
    pass


def two(p, q=1):
    pass


class K:
    def m(self, v, *more):
        pass


print(inspect.getcallargs(combine, 1, 2, 9, key=0))
print(inspect.getcallargs(combine, 1, 2, 3, 4, 5, key="k", x=1))
print(inspect.getcallargs(strict, 1, 2, z=3))
print({k: v for k, v in inspect.getcallargs(K().m, 5, 6).items() if k != "self"})
print(inspect.getcallargs(two, q=4, p=1))
for args, kwargs in [((), {}), ((1,), {}), ((1, 2), {}), ((1, 2, 3), {"z": 0}), ((1,), {"x": 2}),
                     ((1, 2), {"zz": 1, "z": 1}), ((1, 2, 3, 4), {"z": 1, "w": 2})]:
    try:
        inspect.getcallargs(strict, *args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {"p": 2}), ((1, 2, 3, 4), {})]:
    try:
        inspect.getcallargs(two, *args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
try:
    inspect.getcallargs(K().m)
except TypeError as e:
    print("TypeError:", e)


def missing3(a, b, c, d=1):
    pass


try:
    inspect.getcallargs(missing3)
except TypeError as e:
    print("TypeError:", e)

scale = 3


def outer():
    x = 1
    y = [2]

    def inner(v):
        return len(y) + x * scale + v.real + undefined_name
    return inner


cv = inspect.getclosurevars(outer())
print(cv.nonlocals, cv.globals, cv.builtins, sorted(cv.unbound))
print(inspect.getclosurevars(K().m))
try:
    inspect.getclosurevars(len)
except TypeError as e:
    print("TypeError:", e)


class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass


print(inspect.getclasstree([D, C, B, A]))
print(inspect.getclasstree([D, C, B, A], unique=True))


async def job(n):
    total = n
    return total


coro = job(4)
print(inspect.getcoroutinestate(coro), inspect.getcoroutinelocals(coro))
try:
    coro.send(None)
except StopIteration as stop:
    print("returned", stop.value)
print(inspect.getcoroutinestate(coro), inspect.getcoroutinelocals(coro))
coro2 = job(1)
coro2.close()
print(inspect.getcoroutinestate(coro2))
