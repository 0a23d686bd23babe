# tempfile: bytes names, relative directories, the named-file wrapper, spooled
# text files rolling over with every newline mode, directory clean-up.
import os
import tempfile

home = os.getcwd()
base = tempfile.mkdtemp()
os.chdir(base)

rel = tempfile.mkdtemp(dir='.')
print(rel.startswith('./tmp'), len(rel), os.path.isdir(rel))
b = tempfile.mkdtemp(prefix=b'bx_', dir=b'.')
print(type(b).__name__, b[:5], os.path.isdir(b))
print(type(tempfile.mkdtemp(suffix=b'.d')).__name__, tempfile.gettempprefixb(), tempfile.gettempprefix())
for kw in (dict(prefix=b'x', suffix='y'), dict(prefix='x', dir=b'.'), dict(suffix=b'', dir='.')):
    try:
        tempfile.mkdtemp(**kw)
    except TypeError as e:
        print('TypeError', e)
print(tempfile.mktemp(dir='.')[:5], tempfile.mktemp('.s', 'p', 'd')[:3], tempfile.mktemp('.s', 'p', 'd')[-2:])

# NamedTemporaryFile: absolute name, cached method wrappers, live flags.
f = tempfile.NamedTemporaryFile(dir='.', suffix=b'.bin' if False else '.bin')
print(os.path.isabs(f.name), f.name.endswith('.bin'), f.mode, f.delete, f.file.name == f.name)
w = f.write
print(type(w).__name__, w.__name__, 'write' in f.__dict__, 'closed' in f.__dict__, f.closed)
print(w(b'abc'), f.tell(), sorted(k for k in f.__dict__ if not k.startswith('_')))
f.seek(0)
print(f.read(), [line for line in f], f.closed)
with f as g:
    print(g is f)
print(f.closed, os.path.exists(f.name))
try:
    w(b'more')
except ValueError as e:
    print('ValueError', e)
f = tempfile.NamedTemporaryFile('w+', dir='.')
os.unlink(f.name)
try:
    f.close()
except FileNotFoundError as e:
    print('FileNotFoundError', e.strerror)
print(f.closed)
f.close()
nb = tempfile.NamedTemporaryFile(dir=b'.', prefix=b'nb')
print(type(nb.name).__name__, os.path.basename(nb.name)[:2])
nb.close()
with tempfile.TemporaryFile('w+', newline='') as t:
    t.write('a\r\nb')
    t.seek(0)
    print(repr(t.read()))

# Spooled files.
for newline in (None, '', '\n', '\r\n', '\r'):
    s = tempfile.SpooledTemporaryFile(max_size=8, mode='w+', newline=newline, dir='.')
    s.write('ab\r\ncd\né')
    before = s.tell()
    s.seek(0)
    in_memory = s.read()
    s.write('fghijk')
    print(repr(newline), s._rolled, before, repr(in_memory), end=' ')
    s.seek(0)
    print(repr(s.read()), s.tell(), s.mode, s.encoding, s.errors)
    s.close()
s = tempfile.SpooledTemporaryFile(mode='w+', encoding='latin-1')
s.write('é€' if False else 'éa')
s.rollover()
s.seek(0)
print(repr(s.read()), s.encoding, s._rolled, s.tell())
s.close()
s = tempfile.SpooledTemporaryFile(max_size=4)
print(s.write(b'xyz'), s._rolled, s.readable(), s.writable(), s.seekable(), s.isatty())
s.seek(0)
buf = bytearray(2)
print(s.readinto(buf), buf, s.read1(5), s.tell())
s.writelines([b'12', b'34'])
print(s._rolled, s.tell(), s.truncate(2), s._rolled)
s.seek(0)
print(s.read(), s.mode, s.name == s._file.name)
s.close()
print(s.closed)
s = tempfile.SpooledTemporaryFile()
try:
    s.encoding
except AttributeError as e:
    print('AttributeError', e)
print(s.truncate(), s.fileno() >= 0, s._rolled)
s.close()
print(tempfile.SpooledTemporaryFile[bytes], tempfile.TemporaryDirectory[str])
with tempfile.SpooledTemporaryFile(mode='w+') as s:
    s.write('one\ntwo\n')
    s.seek(0)
    print(list(s), s.readline() == '')

# TemporaryDirectory: clean-up after the directory was recreated or removed.
t = tempfile.TemporaryDirectory(dir='.', prefix='td')
print(repr(t) == "<TemporaryDirectory %r>" % t.name, t.name.startswith('./td'))
os.makedirs(os.path.join(t.name, 'x', 'y'))
t.cleanup()
print(os.path.exists(t.name))
os.mkdir(t.name)
t.cleanup()
print(os.path.exists(t.name))
t.cleanup()
t = tempfile.TemporaryDirectory(dir='.')
os.rmdir(t.name)
t.cleanup()
with tempfile.TemporaryDirectory(dir=b'.') as name:
    print(type(name).__name__, os.path.isdir(name))
print(os.path.exists(name))
for leftover in (rel, b):
    os.rmdir(leftover)
os.chdir(home)
import shutil
shutil.rmtree(base)
print(sorted(os.listdir(tempfile.gettempdir())) == sorted(os.listdir(tempfile.gettempdir())))
