# Writing and reading a text file: read, readline, readlines, iteration, with, attributes.
import os
name = 'io_text_basic_%d.tmp' % os.getpid()
f = open(name, 'w')
print(f.name == name, f.mode, f.encoding, f.closed, type(f).__name__)
print(repr(f).replace(name, 'NAME'))
print(f.write('first line\n'), f.write('second: é€😀\n'), f.write(''), f.write('no newline at end'))
f.writelines(['\n', 'four\n', 'five'])
print(f.writable(), f.readable(), f.seekable())
f.close()
print(f.closed, repr(f).replace(name, 'NAME'))
f.close()
f = open(name)
print(repr(f.read()))
f.close()
f = open(name, 'r')
print(repr(f.readline()), repr(f.readline()), repr(f.read(5)), repr(f.readline()), repr(f.read(3)))
print(f.readlines())
print(repr(f.readline()), repr(f.read()), repr(f.read(10)))
f.close()
with open(name) as g:
    print(g.closed, [line.rstrip('\n') for line in g])
print(g.closed)
with open(name, encoding='utf-8') as g:
    for i, line in enumerate(g):
        print(i, repr(line))
with open(name) as g:
    print(g.readlines(15))
    print(next(g), next(iter(g)) is not None)
    print(list(g))
with open(name) as g:
    print(len(g.read(1)), len(g.read(0)), g.read(-1)[:5], g.read(None) == '')
os.remove(name)
print(os.path.exists(name))
