# Binary files: rb / wb / ab / r+b / w+b, bytes in and out, seek and tell.
import os
name = 'io_binary_%d.tmp' % os.getpid()
f = open(name, 'wb')
print(type(f).__name__, f.mode, repr(f).replace(name, 'NAME'))
print(f.write(b'\x00\x01binary\xff\n'), f.write(bytearray(b'line two\n')), f.write(b''), f.tell())
f.writelines([b'a\r\n', b'b\rc'])
f.close()
f = open(name, 'rb')
print(type(f).__name__, f.mode, f.readable(), f.writable())
data = f.read()
print(data, len(data), type(data).__name__, f.tell())
print(f.seek(0), f.read(3), f.tell(), f.seek(2, 0), f.read(6), f.seek(-2, 2), f.read(), f.seek(-4, 1), f.read(2))
f.seek(0)
print(f.readline(), f.readline(4), f.readline(), f.readlines())
f.seek(0)
print(list(f))
f.close()
with open(name, 'ab') as f:
    print(type(f).__name__, f.mode, f.tell())
    f.write(b'+appended')
with open(name, 'rb') as f:
    print(f.read()[-12:])
with open(name, 'r+b') as f:
    print(type(f).__name__, f.mode, f.read(4))
    f.write(b'XY')
    f.seek(0)
    print(f.read(8))
    print(f.truncate(5), f.tell())
    f.seek(0, 2)
    print(f.tell())
with open(name, 'rb') as f:
    print(f.read())
with open(name, 'w+b') as f:
    print(f.mode, f.read(), f.write(b'fresh'), f.seek(0), f.read(), f.seek(10), f.write(b'!'))
with open(name, 'rb') as f:
    print(f.read())
with open(name, 'rb') as f:
    print(f.read(None), f.readline(None), f.read(0))
os.remove(name)
