# Universal newlines when reading text; the newline argument on reading and writing.
import os
name = 'io_newlines_%d.tmp' % os.getpid()
with open(name, 'wb') as f:
    f.write(b'unix\nwindows\r\nold mac\rlast')
with open(name) as f:
    print(repr(f.read()))
with open(name) as f:
    print(f.readlines())
with open(name) as f:
    print([repr(f.read(4)) for _ in range(8)])
with open(name, newline='') as f:
    print(f.readlines())
with open(name, newline='\n') as f:
    print(f.readlines())
with open(name, newline='\r') as f:
    print(f.readlines())
with open(name, newline='\r\n') as f:
    print(f.readlines())
with open(name, newline='') as f:
    print(repr(f.read()))
for nl in [None, '', '\n', '\r', '\r\n']:
    with open(name, 'w', newline=nl) as f:
        f.write('a\nb\r\nc\n')
    with open(name, 'rb') as f:
        print(repr(nl), f.read())
with open(name, 'wb') as f:
    f.write(b'x\r')
with open(name) as f:
    print(repr(f.readline()), repr(f.readline()))
with open(name, 'wb') as f:
    f.write(b'\r\n\r\n\n\r')
with open(name) as f:
    print(f.readlines())
with open(name, 'wb') as f:
    f.write(b'a' * 8191 + b'\r\nb')
with open(name) as f:
    lines = f.readlines()
    print(len(lines), len(lines[0]), repr(lines[0][-3:]), lines[1])
os.remove(name)
