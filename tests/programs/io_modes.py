# Open modes: w truncates, a appends, x refuses existing files, r+ and w+ and a+ read and write.
import os
name = 'io_modes_%d.tmp' % os.getpid()
with open(name, 'x') as f:
    print(f.mode, f.write('created\n'))
try:
    open(name, 'x')
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == name)
with open(name, 'a') as f:
    print(f.mode, f.tell(), f.write('appended\n'), f.tell())
with open(name) as f:
    print(repr(f.read()))
with open(name, 'r+') as f:
    print(f.mode, repr(f.readline()))
    f.write('REPLACED')
    f.seek(0)
    print(repr(f.read()))
with open(name, 'a+') as f:
    f.write('more\n')
    f.seek(0)
    print(f.mode, repr(f.read()))
with open(name, 'w+') as f:
    print(f.mode, repr(f.read()))
    f.write('rewritten\nlines\n')
    print(f.seek(0), repr(f.readline()), f.tell(), f.seek(0, 2), f.seek(0, 1))
with open(name, 'w') as f:
    f.write('short')
with open(name, 'rt') as f:
    print(f.mode, repr(f.read()))
with open(name, mode='r', encoding='ascii') as f:
    print(f.encoding, f.errors, f.read())
for mode in ['rw', 'rr', 'z', 'rbt', '', 'b', '+', 'ra', 'wx']:
    try:
        open(name, mode)
    except ValueError as e:
        print(repr(mode), e)
for kwargs in [{'encoding': 'utf-8'}, {'errors': 'strict'}, {'newline': ''}]:
    try:
        open(name, 'rb', **kwargs)
    except ValueError as e:
        print(e)
try:
    open(name, buffering=0)
except ValueError as e:
    print(e)
try:
    open(name, newline='x')
except ValueError as e:
    print(e)
try:
    open(name, encoding='nope')
except LookupError as e:
    print(type(e).__name__, e)
try:
    open(3.5)
except TypeError as e:
    print(e)
try:
    open(name, 5)
except TypeError as e:
    print(e)
os.remove(name)
print(os.path.exists(name))
