# pathlib: glob corner cases, parents as a sequence, name editing quirks,
# touch/chmod, resolve on a link loop.
import os
import pickle
import tempfile
from collections.abc import Sequence
from pathlib import Path, PurePath, PurePosixPath, PosixPath

home = os.getcwd()
base = tempfile.mkdtemp()
os.chdir(base)
for d in ('a/b/c', 'a/d', 'e'):
    os.makedirs(d)
for f in ('a/x.py', 'a/b/y.py', 'a/b/c/z.py', 'a/.hidden', 'e/w.txt', 'top.py'):
    Path(f).write_text(f)
os.symlink('a', 'link_to_a')


def show(label, paths):
    paths = list(paths)
    print(label, sorted(map(str, paths)), len(paths) == len(set(paths)))


here = Path('.')
for pattern in ('*', '*.py', '**', '**/', '**/**', '**/*.py', 'a/**', 'a/**/', 'a/**/*.py', '*/..',
                '..', 'a//b', './a', 'a/.', '*/b', '?/*', '[ae]/*', 'a/*/c', 'link_to_a/*',
                '**/c/*', 'nothing/*', '*/', 'a/x.py/', 'top.py', 'a/.h*', 'a/[!x]*'):
    show(repr(pattern), here.glob(pattern))
for pattern in ('', '.', '*.py', 'b', 'b/', '*/*.py', 'c/z.py'):
    show('rglob ' + repr(pattern), here.rglob(pattern))
for call, pattern in ((here.glob, '.'), (here.glob, ''), (here.glob, '/x'), (here.rglob, '/x'),
                      (here.glob, 'a**'), (here.glob, 'a/b**/c'), (Path('missing').glob, 'x**')):
    found = call(pattern)
    try:
        print(type(found).__name__, list(found))
    except (ValueError, NotImplementedError, IndexError) as e:
        print(type(e).__name__, e)
print(list(Path('top.py').glob('*')), list(Path('missing').glob('*')), list(Path('top.py').rglob('*')))
print(sorted(p.name for p in Path('a').iterdir()), [type(p).__name__ for p in Path('e').iterdir()])

# Pure path quirks.
for path, pattern in (('/a', '*/a'), ('/a/b', '*/*/b'), ('/a/b', '/*'), ('/', '/'), ('a/b', '**'),
                      ('//a', '/a'), ('//a', '//a'), ('a', 'A')):
    print(path, pattern, PurePath(path).match(pattern))
q = PurePath('/home/u/f.txt')
print(q.with_name('./x'), q.with_name('..'), PurePath('a').with_suffix('.a.b'))
print(PurePath('a.').with_suffix('.x'), PurePath('.bashrc').with_suffix('.x'), PurePath('..').with_suffix('.x'))
print(PurePath('a.b').with_stem('..'), repr(PurePath('..').suffix), PurePath('..').stem, repr(PurePath('.').name))
print(PurePath('/a', '//b'), PurePath('//a', 'b'), PurePath('a', '///b'), PurePath('//'), PurePath('//').parts)
print(PurePath('//a').parent, PurePath('//a').name, PurePath('//a/b').relative_to('//a'), PurePath('/a/b').relative_to('/'))
print(PurePath('a/b').relative_to('a/b'), repr(PurePath('a/b').relative_to(PurePath('a'))))
for a, b in (('//a/b', '/'), ('/a', ''), ('a', '/')):
    try:
        PurePath(a).relative_to(b)
    except ValueError as e:
        print('ValueError', e)
parents = PurePath('/a/b/c').parents
print(isinstance(parents, Sequence), len(parents), parents[-1], parents[::-1], parents[0:10], parents[1:])
print(parents.index(PurePath('/a')), PurePath('/') in parents, PurePath('a') in parents, list(reversed(parents)))
print(parents.count(PurePath('/a/b')), PurePath('x/y').parents[1], len(PurePath('.').parents), repr(parents))
for index in (3, -4, 'x'):
    try:
        parents[index]
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    parents.index(PurePath('zz'))
except ValueError as e:
    print('ValueError', repr(str(e)))
for path in (PurePosixPath('/a/b'), Path('x/y'), PurePath('//r')):
    back = pickle.loads(pickle.dumps(path))
    print(repr(back), back == path, path.__reduce__()[1])
print(PurePath('a') == PurePosixPath('a'), Path('a') == PurePath('a'), PurePath('a') < Path('b'), PurePath('/b') < PurePath('a'))
try:
    PurePath('a').foo = 1
except AttributeError as e:
    print('AttributeError', e)
print(PurePath('/a b/%/é').as_uri(), bytes(PurePath('é/x')), PurePath('a', '', '.', 'b'))

# Files: touch, chmod, write_bytes with an array, exists on odd names.
t = Path('made')
t.touch(mode=0o600)
print(oct(t.stat().st_mode & 0o777))
os.utime(t, (1000, 1000))
t.touch()
print(t.stat().st_mtime > 1000)
try:
    t.touch(exist_ok=False)
except FileExistsError as e:
    print('FileExistsError', e.strerror)
t.chmod(0o604)
print(oct(t.stat().st_mode & 0o777))
import array
print(t.write_bytes(array.array('b', [65, 66])), t.read_text())
print(Path('nul\0char').exists(), Path('nul\0char').is_file(), Path('top.py/x').exists(), Path('top.py/x').is_dir())
print(Path('/').is_mount(), Path('a').is_mount(), Path('missing').is_mount())
os.symlink('loop', 'loop')
try:
    Path('loop').resolve()
except RuntimeError as e:
    print('RuntimeError', str(e).startswith('Symlink loop from'))
print(Path('loop').is_symlink(), Path('loop').exists())
print(Path('link_to_a').resolve() == Path('a').absolute(), Path('link_to_a').readlink(), Path('a/b/../x.py').resolve().name)
print(Path('a').samefile('link_to_a'), Path('a/x.py').samefile(Path('a/b/../x.py')))
with Path('a') as same:
    print(same)
print(type(Path('x').absolute()).__name__, Path('x').absolute().parent == Path.cwd())
os.chdir(home)
import shutil
shutil.rmtree(base)
