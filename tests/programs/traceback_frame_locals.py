# tb.tb_frame.f_locals for every kind of frame: a deep recursion, a generator's frame,
# a class body (its namespace), nested functions; a re-raise keeps the exception.
import sys, gc
def rec(n):
    v = [n]
    if n == 0:
        raise ValueError("bottom")
    rec(n - 1)
try:
    rec(500)
except ValueError as e:
    t = e.__traceback__
    c = 0
    while t:
        c += 1
        t = t.tb_next
    print(c)
def gen():
    x = 1
    yield x
    raise KeyError("g")
try:
    for v in gen():
        pass
except KeyError as e:
    print(sorted(e.__traceback__.tb_next.tb_frame.f_locals))
class K:
    y = 2
    try:
        raise TypeError
    except TypeError as e:
        print(sorted(k for k in e.__traceback__.tb_frame.f_locals if not k.startswith('__')))
def inf(n):
    return inf(n + 1)
try:
    inf(0)
except RecursionError as e:
    print("rec", type(e).__name__)
def outer():
    def inner():
        z = 5
        raise OSError
    w = 3
    try:
        inner()
    except OSError as e:
        return e
e = outer()
print(sorted(e.__traceback__.tb_frame.f_locals), sorted(e.__traceback__.tb_next.tb_frame.f_locals))
e2 = None
try:
    raise e
except OSError as again:
    e2 = again
print(e2 is e)
tb = e.__traceback__
print(tb.tb_next.tb_next.tb_frame.f_code.co_name if tb.tb_next and tb.tb_next.tb_next else None)
print(e.with_traceback(None).__traceback__)
