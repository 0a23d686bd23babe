import traceback
import sys

FILE = __file__

def clean(text):
    return text.replace(FILE, 'FILE')

def inner(n):
    if n == 0:
        raise ValueError('bad value %d' % n)
    inner(n - 1)

def outer():
    inner(2)

try:
    outer()
except ValueError as e:
    err = e
    print(clean(traceback.format_exc()), end='')
    print(clean(''.join(traceback.format_exception(e))), end='')
    print(clean(''.join(traceback.format_exception(type(e), e, e.__traceback__))), end='')
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    print(clean(''.join(traceback.format_tb(e.__traceback__))), end='')
    print(clean(''.join(traceback.format_tb(e.__traceback__, limit=2))), end='')
    print(clean(''.join(traceback.format_tb(e.__traceback__, limit=-1))), end='')
    print(clean(''.join(traceback.format_exception(e, limit=1))), end='')

summary = traceback.extract_tb(err.__traceback__)
print(type(summary).__name__, len(summary))
for fs in summary:
    print(fs.filename == FILE, fs.lineno, fs.name, repr(fs.line), len(fs))
    filename, lineno, name, line = fs
    print(lineno, name, line, fs[2])
print(repr(summary[0]).replace(FILE, 'FILE'))
print(summary[0] == (FILE, summary[0].lineno, 'outer' if False else '<module>', 'outer()'))
print(clean(''.join(traceback.format_list(summary[1:]))), end='')
print(traceback.format_list([('file.py', 3, 'func', 'x = 1'), ('other.py', 9, 'g', None)]))
fs = traceback.FrameSummary('a.py', 5, 'fn', line='  source  ', lookup_line=False)
print(fs.line, repr(fs), fs == traceback.FrameSummary('a.py', 5, 'fn'))
ss = traceback.StackSummary.from_list([('a.py', 1, 'f', 'x'), fs])
print(ss.format())

print(traceback.format_exception_only(KeyError('k')))
print(traceback.format_exception_only(Exception()))
print(traceback.format_exception_only(ValueError, None))
class MyError(Exception):
    pass
print(traceback.format_exception_only(MyError('mine')))
print(traceback.format_exc())
print(traceback.format_exception(ZeroDivisionError('no traceback')))
try:
    traceback.format_exception(ValueError, ValueError('x'))
except ValueError as e:
    print('ValueError', e)
try:
    traceback.format_exception(42)
except TypeError as e:
    print('TypeError', e)
try:
    raise SyntaxError('bad syntax', ('prog.py', 3, 7, '  x = (1 +\n', 3, 10))
except SyntaxError as e:
    print(traceback.format_exception_only(e))
print(traceback.format_exception_only(SyntaxError('no location')))
e = ValueError('noted')
e.__notes__ = ['note one', 'note\ntwo']
print(traceback.format_exception_only(e))
