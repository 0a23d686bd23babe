# A with block over a file that raises: the file is closed and the exception propagates.
import os
name = 'io_with_exception_%d.tmp' % os.getpid()
try:
    with open(name, 'w') as f:
        f.write('partial')
        raise RuntimeError('inside with')
except RuntimeError as e:
    print('caught', e, f.closed)
print(open(name).read())
def first_three():
    with open(name) as f:
        return f.read(3)
print(first_three())
def read_then_fail():
    with open(name) as f:
        data = f.read()
        return int(data)
try:
    read_then_fail()
except ValueError as e:
    print(type(e).__name__, e)
class Suppress:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print('exit', t.__name__ if t else None)
        return True
with Suppress():
    1 / 0
print('after suppress')
with open(name) as a, open(name, 'rb') as b:
    print(a.read(), b.read())
print(a.closed, b.closed)
os.remove(name)
