import sys
def f():
    x = 5
    print(sys._getframe().f_lineno, sys._getframe().f_code.co_name, sys._getframe().f_locals)
    fr = sys._getframe()
    print(fr.f_back.f_code.co_name, fr.f_back.f_lineno)
    print(sys._getframe(1).f_code.co_name, sys._getframe(1).f_globals is globals())
    return fr
f()
try:
    sys._getframe(100)
except ValueError as e:
    print(e)
def g():
    1/0
try:
    g()
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_lineno)
    print(tb.tb_next.tb_frame.f_back is tb.tb_frame, tb.tb_next.tb_next)
    t, v, tb2 = sys.exc_info()
    print(t.__name__, tb2.tb_lineno)
print(f.__code__.co_flags, (lambda *a, **k: 0).__code__.co_flags)
print(repr(sys._getframe()).split(',')[2:])
