# Generator semantics: close/throw interplay, return values, exception state across yields.
def g1():
    try:
        yield 1
    finally:
        yield 2
gen = g1()
print(next(gen))
try:
    gen.close()
except RuntimeError as e:
    print("RuntimeError", e)
def g2():
    x = yield
    while True:
        try:
            x = yield x * 2
        except ValueError:
            x = -1
gen = g2()
next(gen)
print(gen.send(3), gen.throw(ValueError), gen.send(10))
def g3():
    return 5
    yield
gen = g3()
try:
    next(gen)
except StopIteration as e:
    print("return value", e.value)
print(next(gen, "exhausted"))
def g4():
    yield from range(3)
    return "done"
def g5():
    r = yield from g4()
    yield r
print(list(g5()))
def counter():
    i = 0
    while True:
        cmd = yield i
        if cmd == "reset":
            i = 0
        elif cmd == "stop":
            return i
        else:
            i += 1
c = counter()
print(next(c), next(c), next(c), c.send("reset"), next(c))
try:
    c.send("stop")
except StopIteration as e:
    print("stopped with", e.value)
def fail_gen():
    yield 1
    raise KeyError("inside")
gen = fail_gen()
next(gen)
try:
    next(gen)
except KeyError as e:
    print("KeyError", e)
print(next(gen, "finished after error"))
gen = (i for i in range(3))
print(gen.__next__(), list(gen), gen.gi_running if hasattr(gen, "gi_running") else False)
def gen_with_locals(n):
    total = 0
    for i in range(n):
        total += i
        yield total
print(list(gen_with_locals(5)), sum(gen_with_locals(100)))
def nested():
    def inner():
        yield "inner"
    yield from inner()
    yield "outer"
print(list(nested()))
def closure_gen():
    vals = []
    def add(x):
        vals.append(x)
    for i in range(3):
        add(i)
        yield list(vals)
print(list(closure_gen()))
def exc_state():
    try:
        raise ValueError("v")
    except ValueError:
        yield "in handler"
        import sys
        yield sys.exc_info()[0].__name__
g = exc_state()
print(next(g))
import sys
print(sys.exc_info()[0])
print(next(g))
def throw_stopiteration():
    yield 1
g = throw_stopiteration()
next(g)
try:
    g.throw(StopIteration())
except RuntimeError as e:
    print("RuntimeError", e)
def gen_return_in_finally():
    try:
        yield 1
    finally:
        return "from finally"
g = gen_return_in_finally()
next(g)
try:
    g.throw(ValueError)
except StopIteration as e:
    print("StopIteration", e.value)
def infinite():
    n = 0
    while True:
        yield n
        n += 1
for v in infinite():
    if v > 3:
        break
print("broke at", v)
print(list(zip(infinite(), "ab")), [x for x, _ in zip(infinite(), range(3))])
g = infinite()
print(type(g).__name__, iter(g) is g, next(g), next(g))
