# Error reports go to whatever sys.stderr is when they are due: a replacement
# object receives them through its write method, None drops them (the uncaught
# exception at the end is not shown, and the exit status is still 1).
import io
import sys

buf = io.StringIO()
real = sys.stderr
sys.stderr = buf


class A:
    def __del__(self):
        1 / 0


a = A()
del a
try:
    1 / 0
except ZeroDivisionError:
    sys.excepthook(*sys.exc_info())
sys.stderr = real
print(buf.getvalue().count('ZeroDivisionError'), 'Exception ignored in' in buf.getvalue())

sys.stderr = None
sys.excepthook(ValueError, ValueError('v'), None)
a = A()
del a
print('nothing reported')
raise KeyError('k')
