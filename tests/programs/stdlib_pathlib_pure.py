import os
from pathlib import PurePath, PurePosixPath, Path, PosixPath

p = PurePath('/usr/lib/python3.11/site.tar.gz')
print(p, repr(p), type(p).__name__)
print(p.parts, p.drive, repr(p.root), p.anchor)
print(p.name, p.suffix, p.suffixes, p.stem)
print(p.parent, list(p.parents), len(p.parents))
print(p.parents[0], p.parents[-1], p.parents[1:3], p.parents)
for s in ['', '.', '..', 'a', 'a/b', '/a/./b/', '//a//b', '///a', '/', '//', 'a/../b',
          '.hidden', 'x.', 'foo.tar.', '..x', 'a/b.c.d', '~/x', './a']:
    q = PurePosixPath(s)
    print(repr(s), repr(q), str(q), q.parts, repr(q.name), repr(q.suffix), q.suffixes,
          repr(q.stem), repr(q.parent), q.is_absolute(), q.as_posix(), repr(q.anchor))
print(PurePath('a', 'b', '/c', 'd'), PurePath('a', PurePath('b', 'c')), PurePath())
print(PurePath('a') / 'b' / 'c', 'x' / PurePath('y'), PurePath('/a') / '/b')
print(PurePath('a').joinpath('b', 'c/d', '..'), PurePath('/a').joinpath())
print(os.fspath(PurePath('a/b')), bytes(PurePath('a/b')), os.path.join(PurePath('a'), 'b'))
# with_*
q = PurePath('/home/u/file.txt')
print(q.with_name('x.py'), q.with_suffix('.md'), q.with_suffix(''), q.with_stem('new'))
print(PurePath('a/b').with_suffix('.gz'), PurePath('a.tar.gz').with_suffix('.bz2'))
for f, arg in [(q.with_name, ''), (q.with_name, 'a/b'), (q.with_name, '/x'), (q.with_suffix, 'gz'),
               (q.with_suffix, '.'), (q.with_suffix, './x'), (PurePath('/').with_name, 'x'),
               (PurePath('').with_suffix, '.x'), (PurePath('a').with_stem, '')]:
    try:
        print(f(arg))
    except ValueError as e:
        print('ValueError', e)
# relative_to
print(q.relative_to('/home'), q.relative_to('/home/u/file.txt'), q.relative_to('/'), q.relative_to('/home', 'u'))
print(PurePath('a/b/c').relative_to('a'), PurePath('a/b/c').relative_to(''))
for a, b in [('/a/b', '/c'), ('a/b', '/a'), ('/a/b', 'a'), ('a', 'a/b')]:
    try:
        print(PurePath(a).relative_to(b))
    except ValueError as e:
        print('ValueError', e)
try:
    q.relative_to()
except TypeError as e:
    print('TypeError', e)
print(q.is_relative_to('/home'), q.is_relative_to('/etc'))
# match
for path, pat in [('a/b.py', '*.py'), ('/a/b/c.py', 'b/*.py'), ('/a/b/c.py', 'a/*.py'),
                  ('/a.py', '/*.py'), ('a/b.py', '/*.py'), ('b.py', 'a/*.py'), ('a/b.PY', '*.py'),
                  ('x/y/z', '*/*'), ('x/y/z', 'x/*/*'), ('/x', '/x')]:
    print(path, pat, PurePath(path).match(pat))
try:
    PurePath('a').match('')
except ValueError as e:
    print('ValueError', e)
# comparisons, hashing
a, b, c = PurePath('a/b'), PurePosixPath('a//b/'), PurePath('a/c')
print(a == b, a != c, a < c, c > a, a <= b, a >= b, hash(a) == hash(b), a == 'a/b')
print(sorted([PurePath('b'), PurePath('/z'), PurePath('a/c'), PurePath('a')]))
print(len({a, b, c}), PurePath('a') == Path('a'))
try:
    PurePath('a') < 'b'
except TypeError as e:
    print('TypeError', e)
# errors
for bad in [5, None, b'x']:
    try:
        PurePath(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    PurePath('a') / 3
except TypeError as e:
    print('TypeError', e)
print(PurePath('/a b/ü').as_uri(), PurePath('/x%y').as_uri())
try:
    PurePath('a').as_uri()
except ValueError as e:
    print('ValueError', e)
print(isinstance(Path('x'), PurePath), type(Path('x')).__name__, isinstance(PosixPath('x'), PurePosixPath))
print(repr(Path('/a/b')), Path('a') / 'b', type(Path('a') / 'b').__name__, type(PurePath('a').parent).__name__)
print(PurePath('a').is_reserved(), str(PurePath('/')), PurePath('/').parent, PurePath('.').parent)
class My(PurePosixPath):
    pass
m = My('x/y')
print(repr(m), repr(m.parent), repr(m / 'z'), m.parents)
print(isinstance(PurePath('a'), os.PathLike))
d = {PurePath('k'): 1}
print(d[PurePosixPath('k')])
print(PurePath('a', 'b').__reduce__())
