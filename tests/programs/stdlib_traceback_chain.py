import traceback
import sys
import io

FILE = __file__

def clean(text):
    return text.replace(FILE, 'FILE')

def fail():
    raise KeyError('missing')

def convert():
    try:
        fail()
    except KeyError as e:
        raise ValueError('converted') from e

def handle():
    try:
        convert()
    except ValueError:
        raise RuntimeError('while handling')

try:
    handle()
except RuntimeError:
    print(clean(traceback.format_exc()), end='')
    print('--- no chain')
    print(clean(traceback.format_exc(chain=False)), end='')
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(clean(buf.getvalue()) == clean(traceback.format_exc()))
    t, v, tb = sys.exc_info()
    buf = io.StringIO()
    traceback.print_exception(t, v, tb, file=buf)
    print(clean(buf.getvalue()) == clean(traceback.format_exc()))
    buf = io.StringIO()
    traceback.print_tb(tb, file=buf)
    print(clean(buf.getvalue()), end='')

def suppressed():
    try:
        fail()
    except KeyError:
        raise TypeError('suppressed context') from None

try:
    suppressed()
except TypeError as e:
    print(clean(''.join(traceback.format_exception(e))), end='')
    te = traceback.TracebackException.from_exception(e)
    print(te.__suppress_context__, te.__cause__, te.exc_type.__name__, str(te))
    print(list(te.format_exception_only()))

# A cycle of contexts must not loop forever.
a = ValueError('a')
b = TypeError('b')
a.__context__ = b
b.__context__ = a
print(''.join(traceback.format_exception(a)), end='')

def recurse(n):
    if n == 0:
        raise RecursionError('deep')
    recurse(n - 1)

try:
    recurse(8)
except RecursionError:
    print(clean(traceback.format_exc()), end='')

try:
    recurse(4)
except RecursionError:
    print(clean(traceback.format_exc()), end='')
