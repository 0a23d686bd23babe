# Closures, nonlocal, late binding, lambdas, recursion and nested functions.
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get(), inc(), get())
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs2 = [lambda i=i: i for i in range(3)]
print([f() for f in fs2])
def make_adders():
    adders = []
    for k in range(3):
        def add(x, k=k):
            return x + k
        adders.append(add)
    return adders
print([a(10) for a in make_adders()])
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed"
    return middle()()
print(outer())
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)])
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(30))
def compose(*fns):
    def run(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return run
print(compose(str, lambda v: v * 2, abs)(-21))
def nl():
    a = 1
    def b():
        nonlocal a
        def c():
            nonlocal a
            a += 10
        c()
        a += 100
    b()
    return a
print(nl())
def cell_shared():
    v = []
    def push(x):
        v.append(x)
    def peek():
        return list(v)
    return push, peek
push, peek = cell_shared()
push(1); push(2)
print(peek())
def even(n):
    return True if n == 0 else odd(n - 1)
def odd(n):
    return False if n == 0 else even(n - 1)
print(even(10), odd(7), even(7))
sq = lambda x: x * x
print(sq(7), (lambda: (lambda: "deep")())(), sq.__name__, (lambda: 0).__qualname__)
def gen_closure():
    total = 0
    def add(x):
        nonlocal total
        total += x
        return total
    return [add(i) for i in range(5)]
print(gen_closure())
def shadow():
    x = 1
    def f():
        x = 2
        return x
    return f(), x
print(shadow())
def loop_closure():
    res = []
    for i in range(3):
        def f():
            return i
        res.append(f)
    return [g() for g in res]
print(loop_closure())
def unbound():
    def f():
        return y
    try:
        f()
    except NameError as e:
        print("NameError:", e)
    y = 1
    return f()
print(unbound())
def local_unbound():
    try:
        print(z)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    z = 3
local_unbound()
print(counter.__name__, inc.__name__, inc.__qualname__, make_adders()[0].__qualname__)
