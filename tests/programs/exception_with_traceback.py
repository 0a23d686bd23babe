import sys
def f():
    raise ValueError("inner")
try:
    f()
except ValueError as e:
    err = e
print(err.__traceback__ is not None, err.__traceback__.tb_lineno)
r = err.with_traceback(None)
print(r is err, err.__traceback__)
try:
    err.with_traceback(5)
except TypeError as x:
    print(x)
try:
    err.__traceback__ = "x"
except TypeError as x:
    print(x)
try:
    f()
except ValueError as e:
    tb = e.__traceback__
e2 = KeyError("k")
print(e2.with_traceback(tb) is e2, e2.__traceback__.tb_lineno == tb.tb_lineno, e2.__traceback__.tb_next.tb_frame.f_code.co_name)
try:
    raise e2
except KeyError as e:
    n = 0
    t = e.__traceback__
    while t is not None:
        n += 1
        t = t.tb_next
    print("entries", n)
try:
    try:
        f()
    except ValueError as e:
        raise e.with_traceback(None)
except ValueError as e:
    t = e.__traceback__
    lines = []
    while t is not None:
        lines.append(t.tb_lineno)
        t = t.tb_next
    print(lines)
def g():
    try:
        f()
    except ValueError as e:
        raise RuntimeError("clean").with_traceback(None) from None
g()
