import inspect
import sys

FILE = __file__

def show(records):
    for r in records:
        print(r.filename == FILE, r.lineno, r.function, r.code_context, r.index,
              r.positions.lineno, r.frame is not None)

def inner():
    return inspect.stack()

def outer():
    return inner()

records = outer()
show(records)
print(type(records[0]).__name__, records[0]._fields, len(records[0]))
frame, filename, lineno, function, context, index = records[1]
print(function, lineno, context)

def here():
    return inspect.getframeinfo(inspect.currentframe(), context=3)

info = here()
print(type(info).__name__, info._fields)
print(info.filename == FILE, info.lineno, info.function, info.code_context, info.index)
print(info[:3] == (FILE, info.lineno, 'here'), info.positions.lineno)
print(inspect.getframeinfo(inspect.currentframe(), context=0)[3:])
print(inspect.getlineno(inspect.currentframe()))

def deep(n):
    if n == 0:
        raise ValueError('deep')
    deep(n - 1)

try:
    deep(2)
except ValueError as e:
    inner_frames = inspect.getinnerframes(e.__traceback__)
    print([(r.function, r.lineno, r.code_context) for r in inner_frames])
    print([(r.function, r.lineno) for r in inspect.trace()])
    tbinfo = inspect.getframeinfo(e.__traceback__)
    print(tbinfo.function, tbinfo.lineno, tbinfo.code_context)

print([(r.function, r.lineno) for r in inspect.getouterframes(inspect.currentframe(), 0)])
try:
    inspect.getframeinfo(42)
except AttributeError as e:
    print('AttributeError:', e)

def call(a, b=2, *rest, key=None, **more):
    frame = inspect.currentframe()
    info = inspect.getargvalues(frame)
    print(info.args, info.varargs, info.keywords, set(['a', 'b', 'rest', 'key', 'more']) <= set(info.locals))
    print(inspect.formatargvalues(*info))
    print(inspect.formatargvalues(info.args, None, None, info.locals))
    return inspect.getargs(call.__code__)

print(call(1, 3, 4, 5, key='k', extra=1))
print(inspect.isasyncgen(call), inspect.isasyncgen(iter([])))
