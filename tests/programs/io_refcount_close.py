# A file object is closed (and its buffer written) as soon as its last reference goes.
import os
name = 'io_refcount_close_%d.tmp' % os.getpid()
def write_without_close(text):
    f = open(name, 'w')
    f.write(text)
write_without_close('written by a function that never closes\n')
with open(name) as f:
    print(repr(f.read()))
open(name, 'a').write('appended by a temporary\n')
with open(name) as f:
    print(repr(f.read()))
f = open(name, 'w')
f.write('rebinding drops the old file')
f = None
print(repr(open(name).read()))
g = open(name, 'w')
g.write('deleted name')
del g
print(repr(open(name).read()))
data = [open(name, 'w') for _ in range(3)]
data[0].write('list item')
data.clear()
print(repr(open(name).read()))
big = open(name, 'w')
big.write('x' * 20000)
print(os.path.getsize(name) >= 16384)
big.close()
print(os.path.getsize(name))
os.remove(name)
