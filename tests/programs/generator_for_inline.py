import sys
def g(n):
    for i in range(n):
        yield i * 2
print([x for x in g(3)])
t = 0
for x in g(1000):
    t += x
print(t)
def ret():
    yield 1
    return 5
for x in ret(): print("r", x)
def stop():
    yield 1
    raise StopIteration
try:
    for x in stop(): print("s", x)
except RuntimeError as e:
    print("RT", e, type(e.__cause__).__name__)
def boom():
    yield 1
    1/0
try:
    for x in boom(): print("b", x)
except ZeroDivisionError as e:
    print("ZD", e)
def exc_in():
    try:
        raise KeyError('k')
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
for x in exc_in(): print("e", x, sys.exc_info()[0])
try:
    raise ValueError
except ValueError:
    for x in g(2): print("in except", x, sys.exc_info()[0].__name__)
def outer():
    for y in g(3):
        yield y + 1
for z in outer(): print("o", z)
gg = g(5)
for x in gg:
    if x == 4: break
print(next(gg), list(gg))
def selfref():
    yield 1
    try:
        yield next(it)
    except ValueError as e:
        yield str(e)
it = selfref()
for x in it: print("self", x)
def fin():
    try:
        yield 1
        yield 2
    finally:
        print("finally")
for x in fin():
    print("f", x)
    break
print("after")
def frames():
    yield sys._getframe(1).f_code.co_name
def caller():
    for x in frames(): return x
print(caller())
def deep(n):
    if n: 
        for x in deep(n-1): yield x
    else: yield 0
print(list(deep(50)))
import gc
def cyc():
    l = [1]
    l.append(l)
    yield l
for x in cyc(): pass
print(gc.collect() >= 0)
def ge():
    yield from g(3)
    return 7
for x in ge(): print("ge", x)
def sent():
    v = yield 1
    print("sent", v)
    yield 2
s = sent()
for x in s: print("x", x)
