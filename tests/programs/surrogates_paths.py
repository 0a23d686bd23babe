# File-system paths holding lone surrogates: a str path is encoded as os.fsencode does
# (surrogateescape: U+DC80..U+DCFF stand for the bytes 0x80..0xff), names read back
# from the file system decode the same way, and other surrogates raise
# UnicodeEncodeError (which os.path's predicates take as "no such file").
import os
import tempfile

base = tempfile.mkdtemp()
d = os.path.join(base, 'dir_\udcff')
os.makedirs(d)
name = os.path.join(d, 'f\udcfe.txt')
with open(name, 'w') as f:
    f.write('hi')
print(ascii(os.listdir(d)), os.listdir(os.fsencode(d)))
print(os.path.exists(d), os.path.isdir(d), os.path.isfile(name), os.path.getsize(name))
with open(name) as f:
    print(f.read())
with open(os.fsencode(name), 'rb') as f:
    print(f.read())
print(ascii(os.path.relpath(os.path.realpath(name), base)))
print(ascii(os.fsencode(name)[len(os.fsencode(base)):]))
print(ascii(os.fsdecode(os.fsencode(name))[len(base):]))
for p in ['/tmp/\ud800', '/nonexistent/a\udbff\udfff']:
    for f in (open, os.stat, os.listdir, os.remove):
        try:
            f(p)
        except UnicodeEncodeError as e:
            print(f.__name__, 'UnicodeEncodeError', e)
    print(os.path.exists(p), os.path.isfile(p), os.path.isdir(p), os.path.lexists(p))
try:
    os.stat(base + '/missing\udcff')
except FileNotFoundError as e:
    print(e.errno, ascii(e.filename[len(base):]))
for p in ['/tmp/\udcff/a\ud800.txt', 'x\udc80/y/../z\udcff']:
    print(ascii([os.path.basename(p), os.path.dirname(p), os.path.split(p), os.path.splitext(p),
                 os.path.normpath(p), os.path.isabs(p), os.path.join(p, '\ud800')]))
os.remove(name)
os.rmdir(d)
os.rmdir(base)
print(os.path.exists(d))
