# send/throw/close, GeneratorExit, yield from with return values and delegation.
def worker():
    try:
        while True:
            try:
                x = yield
                print("got", x)
            except ValueError as e:
                print("handled", e)
                yield "recovered"
    finally:
        print("worker cleanup")
w = worker()
next(w)
w.send(1)
print(w.throw(ValueError("bad")))
next(w)
w.send(2)
w.close()
w.close()
try:
    w.send(3)
except StopIteration:
    print("closed generator raises StopIteration")
def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "ignored"
g = ignore_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)
def unstarted():
    print("never runs")
    yield
u = unstarted()
u.close()
try:
    unstarted().send(5)
except TypeError as e:
    print("TypeError", e)
def thrower():
    yield 1
t = thrower()
try:
    t.throw(KeyError("direct"))
except KeyError as e:
    print("unstarted throw propagates", e)
try:
    next(t)
except StopIteration:
    print("and the generator is finished")
t2 = thrower()
next(t2)
try:
    t2.throw(TypeError)
except TypeError as e:
    print("throw with class", repr(e))
def inner():
    x = yield 1
    print("inner got", x)
    y = yield 2
    print("inner got", y)
    return "inner result"
def outer():
    r = yield from inner()
    print("yield from returned", r)
    yield "outer done"
o = outer()
print(next(o), o.send("a"), o.send("b"))
def delegating_throw():
    try:
        yield from inner()
    except KeyError as e:
        print("outer caught", e)
        yield "after"
d = delegating_throw()
next(d)
print(d.throw(KeyError("k")))
def inner_catches():
    while True:
        try:
            yield "waiting"
        except ValueError:
            yield "inner handled"
def wrapper():
    yield from inner_catches()
wr = wrapper()
next(wr)
print(wr.throw(ValueError), next(wr))
wr.close()
def closing_inner():
    try:
        yield 1
    finally:
        print("inner finally on close")
def closing_outer():
    try:
        yield from closing_inner()
    finally:
        print("outer finally on close")
co = closing_outer()
next(co)
co.close()
def yf_iterables():
    yield from [1, 2]
    yield from "ab"
    yield from range(3, 5)
    r = yield from (x for x in [])
    yield r
print(list(yf_iterables()))
def gen_ret_val():
    yield 1
    return [1, 2]
def collect():
    v = yield from gen_ret_val()
    return v
c = collect()
next(c)
try:
    next(c)
except StopIteration as e:
    print("nested return value", e.value)
def send_to_iterator():
    yield from iter([1, 2, 3])
s = send_to_iterator()
next(s)
try:
    s.send(5)
except AttributeError as e:
    print("AttributeError", e)
def catch_stop():
    try:
        yield 1
    except StopIteration:
        print("caught thrown StopIteration")
        yield 2
cs = catch_stop()
next(cs)
print(cs.throw(StopIteration))
def genexit_in_finally():
    try:
        yield
    finally:
        print("finally sees close")
gf = genexit_in_finally()
next(gf)
del gf
print("after del of suspended generator")
def scoped():
    gen = genexit_in_finally()
    next(gen)
    print("returning from scoped")
scoped()
print("after scoped")
