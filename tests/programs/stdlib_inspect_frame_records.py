import inspect
import sys


def show(info):
    print(type(info).__name__, info.lineno, info.function, info.code_context, info.index,
          info.positions.lineno, info.positions.end_lineno)


def level2():
    return inspect.getframeinfo(sys._getframe(), context=5)


def level1():
    return level2()


show(level1())
show(inspect.getframeinfo(sys._getframe(), context=2))
show(inspect.getframeinfo(sys._getframe(), context=100))
try:
    [].pop()
except IndexError as e:
    tb = e.__traceback__
    show(inspect.getframeinfo(tb, 3))
    r = inspect.getinnerframes(tb, 0)[0]
    print(r.function, r.code_context, r.index, repr(r).startswith('FrameInfo(frame=<frame at '))
    t = inspect.getframeinfo(tb)
    print(repr(t)[:80] == repr(t)[:80], t._fields, t[1:3], len(t))
try:
    inspect.getframeinfo('not a frame')
except AttributeError as e:
    print('AttributeError', e)
frame = sys._getframe()


class FakeTb:
    pass


print(inspect.getargs(level1.__code__))
try:
    inspect.getargs(level1)
except TypeError as e:
    print('TypeError', str(e).endswith('is not a code object'))


def many(a, b=1, *args, c, d=2, **kw):
    return inspect.getargvalues(inspect.currentframe())


info = many(1, 2, 3, c=4, e=5)
print(info.args, info.varargs, info.keywords, sorted(info.locals))
print(inspect.formatargvalues(*info))
print(inspect.formatargvalues(info.args, info.varargs, info.keywords, info.locals,
                              formatarg=str.upper, formatvalue=lambda v: ':' + str(v)))
print([f.function for f in inspect.stack(0)][:1], inspect.stack()[0].code_context)
print(inspect.getouterframes(sys._getframe(), 1)[0].code_context, inspect.getlineno(sys._getframe()))
print(inspect.trace())
print(inspect.Traceback('f', 1, 'fn', None, None), inspect.FrameInfo(None, 'f', 1, 'fn', None, None, positions=3))
