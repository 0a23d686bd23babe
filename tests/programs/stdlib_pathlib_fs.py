import os
from pathlib import Path

base = Path('/tmp') / ('minipy_pathlib_fs_%d' % os.getpid())
if base.exists():
    raise SystemExit('exists already')
base.mkdir()
def rel(p):
    return p.relative_to(base).as_posix()

print(base.exists(), base.is_dir(), base.is_file(), base.is_symlink(), base.is_absolute())
f = base / 'hello.txt'
print(f.exists(), f.is_file())
print(f.write_text('hello\nworld\n'), f.read_text(), f.read_bytes())
print(f.exists(), f.is_file(), f.is_dir(), f.stat().st_size, f.lstat().st_size)
print((base / 'data.bin').write_bytes(b'\x00\x01\xff'), (base / 'data.bin').read_bytes())
print((base / 'arr.bin').write_bytes(bytearray(b'abc')), (base / 'arr.bin').read_bytes())
try:
    f.write_text(b'x')
except TypeError as e:
    print('TypeError', e)
with f.open('a') as fh:
    fh.write('more\n')
with f.open() as fh:
    print(fh.readlines())
with (base / 'enc.txt').open('w', encoding='utf-8') as fh:
    fh.write('é\n')
print((base / 'enc.txt').read_text(encoding='utf-8'), (base / 'enc.txt').read_bytes())
# mkdir
sub = base / 'a' / 'b' / 'c'
try:
    sub.mkdir()
except FileNotFoundError as e:
    print('FileNotFoundError', rel(Path(e.filename)))
sub.mkdir(parents=True)
sub.mkdir(parents=True, exist_ok=True)
try:
    sub.mkdir()
except FileExistsError as e:
    print('FileExistsError', rel(Path(e.filename)))
try:
    f.mkdir(exist_ok=True)
except FileExistsError as e:
    print('FileExistsError', rel(Path(e.filename)))
(sub / 'deep.py').write_text('x = 1\n')
(base / 'a' / 'mod.py').write_text('')
(base / 'a' / '.hidden.py').write_text('')
(base / 'a' / 'b' / 'notes.md').touch()
(base / 'a' / 'b' / 'notes.md').touch()
try:
    (base / 'a' / 'b' / 'notes.md').touch(exist_ok=False)
except FileExistsError as e:
    print('FileExistsError')
# iterdir / glob / rglob
print(sorted(rel(p) for p in base.iterdir()))
print(sorted(rel(p) for p in base.glob('*.txt')))
print(sorted(rel(p) for p in base.glob('*')))
print(sorted(rel(p) for p in base.glob('a/*.py')))
print(sorted(rel(p) for p in base.glob('*/')))
print(sorted(rel(p) for p in base.glob('**/*.py')))
print(sorted(rel(p) for p in base.glob('**')))
print(sorted(rel(p) for p in base.rglob('*.py')))
print(sorted(rel(p) for p in base.rglob('*')))
print(sorted(rel(p) for p in base.glob('a/b/c/deep.py')), list(base.glob('nothere/*')))
print(sorted(rel(p) for p in base.glob('?/b')), sorted(rel(p) for p in base.glob('[ad]*')))
for pat in ['', '/abs', 'a**/x']:
    try:
        list(base.glob(pat))
    except (ValueError, NotImplementedError) as e:
        print(type(e).__name__, e)
# rename / replace / unlink / rmdir
g = f.rename(base / 'renamed.txt')
print(type(g).__name__, rel(g), f.exists(), g.exists())
h = (base / 'data.bin').replace(base / 'renamed.txt')
print(rel(h), h.read_bytes())
h.unlink()
h.unlink(missing_ok=True)
try:
    h.unlink()
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, rel(Path(e.filename)))
try:
    (base / 'a').rmdir()
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    (base / 'nope.txt').read_text()
except FileNotFoundError as e:
    print('FileNotFoundError', e.strerror)
# symlinks, resolve, samefile
link = base / 'link'
link.symlink_to(base / 'a')
print(link.is_symlink(), link.is_dir(), rel(link.readlink()), rel(link.resolve()), link.exists())
print(link.samefile(base / 'a'), link.samefile(str(base / 'a')), (base / 'a').samefile(base / 'enc.txt'))
print(rel((base / 'a' / '..' / 'enc.txt').resolve()), rel((base / 'x' / '..' / 'nothere').resolve()))
try:
    (base / 'nothere').resolve(strict=True)
except FileNotFoundError as e:
    print('FileNotFoundError')
link.unlink()
print(link.exists(), link.is_symlink())
# cwd, absolute, home, expanduser
old = os.getcwd()
os.chdir(base)
print(Path.cwd() == base.resolve(), rel(Path('x/y').absolute()), Path('/q').absolute())
print(sorted(str(p) for p in Path('.').glob('*.txt')), sorted(str(p) for p in Path().iterdir()))
print(Path('enc.txt').exists(), Path('a').is_dir(), Path('a/b/notes.md').stat().st_size)
os.chdir(old)
print(Path.home() == Path(os.path.expanduser('~')), Path('~/x').expanduser() == Path.home() / 'x')
print(Path('x/~').expanduser(), Path('/~').expanduser())
print(base.is_mount(), Path('/').is_mount(), base.is_fifo(), base.is_socket(), base.is_block_device(), base.is_char_device())
print(Path('/nonexistent/x').exists(), Path('/nonexistent/x').is_dir())
# clean up, bottom up
for p in sorted(base.rglob('*'), key=lambda p: len(p.parts), reverse=True):
    if p.is_dir() and not p.is_symlink():
        p.rmdir()
    else:
        p.unlink()
base.rmdir()
print(base.exists())
for bad in ['x', 5]:
    try:
        Path('/nonexistent/x').write_bytes(bad)
    except TypeError as e:
        print('TypeError', e)
