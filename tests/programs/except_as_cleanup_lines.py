# The implicit cleanup of `except E as e:` (e = None; del e) is invisible: the
# handler's lines, f_lineno after it and tracebacks from inside it are CPython's.
import sys, traceback
def f():
    try:
        1/0
    except ZeroDivisionError as e:
        x = sys._getframe().f_lineno
        print('in handler', x)
    y = 1
    return y
f()
def g():
    try:
        raise ValueError
    except ValueError as e:
        pass
    return sys._getframe().f_lineno
print(g())
def h():
    try:
        raise ValueError
    except ValueError as e:
        raise KeyError
try: h()
except KeyError: traceback.print_exc(file=sys.stdout)
def k():
    for i in range(2):
        try:
            raise ValueError
        except ValueError as e:
            continue
    return 5
def f():
    for i in range(2):
        try:
            raise ValueError
        except ValueError as e:
            if i: break
            continue
    return 5
f()
def m():
    try:
        try:
            raise ValueError
        except ValueError as e:
            return sys._getframe().f_lineno
    finally:
        print('finally at', sys._getframe().f_lineno)
print(m())
def n():
    try:
        raise ValueError('inner')
    except ValueError as e:
        del e
    return sys._getframe().f_lineno
print(n())
