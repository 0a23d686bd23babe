# yield from delegating to plain generators (resumed inside the dispatch loop): values, send,
# throw, close, return values, deep chains, errors and tracebacks.
def inner():
    try:
        x = yield 1
        print('inner got', x)
        y = yield 2
        print('inner got', y)
    except KeyError as e:
        print('inner caught', repr(e))
        yield 'k'
    finally:
        print('inner finally')
    return 'ret'
def outer():
    r = yield from inner()
    print('outer r', r)
    yield 'done'
print(list(outer()))
o = outer(); print(next(o)); print(o.send('a')); print(o.throw(KeyError('z'))); print(next(o))
o = outer(); next(o); o.close(); print('closed')
def deep(n):
    if n == 0:
        yield 'leaf'
        return 0
    r = yield from deep(n-1)
    return r + 1
def top():
    r = yield from deep(100)
    print('depth', r)
print(list(top()))
def raiser():
    yield 1
    raise ValueError('v')
def wrap():
    try:
        yield from raiser()
    except ValueError as e:
        print('wrapped', e)
        yield 2
print(list(wrap()))
def stop_in():
    yield 1
    raise StopIteration('s')
def w2():
    yield from stop_in()
try: print(list(w2()))
except RuntimeError as e: print('RT', e)
import traceback, sys
def tb_inner():
    yield 1
    1/0
def tb_outer():
    yield from tb_inner()
try:
    for v in tb_outer(): pass
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)
g = inner(); 
def sub(): 
    yield from g
s1 = sub(); print(next(s1))
s2 = sub()
try: print(next(s2))
except ValueError as e: print('VE', e)
def yf_list():
    yield from [1, 2]
    yield from range(2)
print(list(yf_list()))
def ident():
    x = yield
    while True:
        x = yield x
def yf_send():
    yield from ident()
q = yf_send(); next(q); print(q.send(5), q.send(6))
