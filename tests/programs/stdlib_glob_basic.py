import os
import glob

base = '/tmp/minipy_glob_%d' % os.getpid()
os.makedirs(os.path.join(base, 'a', 'b', 'c'))
os.makedirs(os.path.join(base, '.hid', 'x'))
os.makedirs(os.path.join(base, 'd'))
for f in ['f1.txt', 'f2.txt', 'g.py', '.dot.txt', 'a/x.txt', 'a/b/y.py', 'a/b/c/z.txt', '.hid/h.txt',
          '.hid/x/deep.txt', 'd/[weird].txt', 'a/.inner.py']:
    with open(os.path.join(base, f), 'w') as fh:
        fh.write(f)


def rel(paths):
    return sorted(os.path.relpath(p, base) if os.path.isabs(p) else p for p in paths)


def show(pattern, **kw):
    print(pattern, kw, rel(glob.glob(os.path.join(base, pattern), **kw)))


show('*.txt')
show('*')
show('*', include_hidden=True)
show('.*')
show('?1.txt')
show('[fg]*')
show('*/*.txt')
show('*/')
show('a/b')
show('a/nothere')
show('a/b/')
show('**/*.txt')
show('**/*.txt', recursive=True)
show('**/*.py', recursive=True)
show('**', recursive=True)
show('**/', recursive=True)
show('a/**', recursive=True)
show('**', recursive=True, include_hidden=True)
show('d/[[]weird].txt')
show(glob.escape('d/[weird].txt'))
print(glob.escape('a*b?c[d]'), glob.escape(b'x*'), glob.has_magic('a[b'), glob.has_magic('abc'), glob.has_magic(b'a?'))
print(sorted(glob.glob('*.txt', root_dir=base)))
print(sorted(glob.glob('**/*.txt', root_dir=base, recursive=True)))
print(sorted(glob.glob('**', root_dir=os.path.join(base, 'a'), recursive=True)))
print(sorted(glob.iglob('a/*', root_dir=base)), type(glob.iglob('*')).__name__ in ('generator', 'chain', 'map'))
print(glob.glob(''), glob.glob('', recursive=True), glob.glob('/nonexistent/*'))
old = os.getcwd()
os.chdir(base)
print(sorted(glob.glob('*.py')), sorted(glob.glob('a/*/*')), glob.glob('f1.txt'))
os.chdir(old)
for root, dirs, files in os.walk(base, topdown=False):
    for f in files:
        os.remove(os.path.join(root, f))
    for d in dirs:
        os.rmdir(os.path.join(root, d))
os.rmdir(base)
print(os.path.exists(base))
