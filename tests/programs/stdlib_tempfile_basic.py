import os
import tempfile

ALPHABET = set("abcdefghijklmnopqrstuvwxyz0123456789_")

def check_name(path, prefix='tmp', suffix=''):
    base = os.path.basename(path)
    core = base[len(prefix):len(base) - len(suffix)] if suffix else base[len(prefix):]
    return (base.startswith(prefix) and base.endswith(suffix) and len(core) == 8
            and set(core) <= ALPHABET)

td = tempfile.gettempdir()
print(os.path.isabs(td), os.path.isdir(td), tempfile.gettempdir() is td, tempfile.tempdir == td)
print(tempfile.gettempprefix(), tempfile.gettempprefixb(), tempfile.gettempdirb() == td.encode(), tempfile.TMP_MAX, tempfile.template)

# mkdtemp
d = tempfile.mkdtemp()
print(os.path.isdir(d), os.path.dirname(d) == td, check_name(d), os.listdir(d))
print(oct(os.stat(d).st_mode & 0o777))
d2 = tempfile.mkdtemp(suffix='.sfx', prefix='pre_', dir=d)
print(os.path.dirname(d2) == d, check_name(d2, 'pre_', '.sfx'))
names = set(tempfile.mkdtemp(dir=d) for i in range(20))
print(len(names), sorted(len(os.path.basename(n)) for n in names)[0])

# mktemp
m = tempfile.mktemp(dir=d)
print(os.path.exists(m), check_name(m), os.path.dirname(m) == d)

# NamedTemporaryFile
with tempfile.NamedTemporaryFile(dir=d) as f:
    print(type(f).__name__, os.path.exists(f.name), check_name(f.name), f.mode if hasattr(f, 'mode') else None)
    print(f.write(b'hello'), f.tell())
    f.seek(0)
    print(f.read(), f.delete, f.closed)
    name = f.name
print(os.path.exists(name), f.closed)

f = tempfile.NamedTemporaryFile('w+', suffix='.txt', prefix='x', dir=d, delete=False)
f.write('line1\nline2\n')
f.seek(0)
print(list(f), check_name(f.name, 'x', '.txt'))
f.close()
print(os.path.exists(f.name))
with open(f.name) as g:
    print(g.read())
os.unlink(f.name)

f = tempfile.NamedTemporaryFile(mode='w', dir=d, encoding='utf-8')
print(f.write('é'), f.name.startswith(d))
f.close()
f.close()
print(os.path.exists(f.name), f.closed)

# TemporaryFile
with tempfile.TemporaryFile(dir=d) as t:
    t.write(b'data')
    t.seek(0)
    print(t.read())
with tempfile.TemporaryFile('w+', dir=d) as t:
    t.write('text\n')
    t.seek(0)
    print(repr(t.read()))
print(t.closed)

# SpooledTemporaryFile
s = tempfile.SpooledTemporaryFile(max_size=10, dir=d)
print(s._rolled, s.name, s.mode, s.closed)
s.write(b'12345')
print(s._rolled, s.tell())
s.write(b'678901')
print(s._rolled, s.tell())
s.seek(0)
print(s.read(), s.closed)
s.close()
print(s.closed)
s = tempfile.SpooledTemporaryFile(mode='w+', dir=d)
s.write('abc\ndef\n')
s.seek(0)
print(s.readline(), s.readlines(), s._rolled, s.encoding, s.errors)
s.rollover()
print(s._rolled, s.tell())
s.seek(0)
print(repr(s.read()))
s.close()
with tempfile.SpooledTemporaryFile(max_size=100, dir=d) as s:
    s.write(b'x' * 50)
    s.truncate(10)
    s.seek(0)
    print(s.read(), s._rolled)
try:
    s.__enter__()
except ValueError as e:
    print('ValueError', e)

# TemporaryDirectory
with tempfile.TemporaryDirectory(dir=d) as tdn:
    print(type(tdn).__name__, os.path.isdir(tdn), check_name(tdn))
    os.makedirs(os.path.join(tdn, 'a', 'b'))
    with open(os.path.join(tdn, 'a', 'b', 'f.txt'), 'w') as fh:
        fh.write('x')
    os.symlink(d, os.path.join(tdn, 'link'))
print(os.path.exists(tdn), os.path.isdir(d))
t = tempfile.TemporaryDirectory(prefix='zz', suffix='_q', dir=d)
print(repr(t) == '<TemporaryDirectory %r>' % t.name, check_name(t.name, 'zz', '_q'))
t.cleanup()
t.cleanup()
print(os.path.exists(t.name))
t = tempfile.TemporaryDirectory(dir=d)
name = t.name
del t
print(os.path.exists(name))
t = tempfile.TemporaryDirectory(dir=d, ignore_cleanup_errors=True)
os.rmdir(t.name)
t.cleanup()
print(os.path.exists(t.name))

# clean up the scratch tree
for n in sorted(names):
    os.rmdir(n)
os.rmdir(d2)
print(os.listdir(d))
os.rmdir(d)
print(os.path.exists(d))
