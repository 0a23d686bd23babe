import os, os.path as P, tempfile, shutil

root = tempfile.mkdtemp()
os.makedirs(P.join(root, 'a', 'b', 'c'))
os.makedirs(P.join(root, 'a', 'b', 'c'), exist_ok=True)
os.makedirs(P.join(root, 'x', 'y', '.'))
try:
    os.makedirs(P.join(root, 'a'))
except FileExistsError as e:
    print('FileExistsError', e.errno)
for name in ['a/f1', 'a/b/f2', 'x/f3']:
    with open(P.join(root, name), 'w') as f:
        f.write(name)
os.symlink(P.join(root, 'a'), P.join(root, 'link_a'))
os.symlink(P.join(root, 'nowhere'), P.join(root, 'broken'))

def rel(p):
    return P.relpath(p, root)
for top in (True, False):
    for follow in (False, True):
        print(top, follow, [(rel(d), sorted(ds), sorted(fs)) for d, ds, fs in os.walk(root, topdown=top, followlinks=follow)] and
              sorted((rel(d), sorted(ds), sorted(fs)) for d, ds, fs in os.walk(root, topdown=top, followlinks=follow)))
pruned = []
for d, ds, fs in os.walk(root):
    ds[:] = [x for x in ds if x != 'a']
    pruned.append(rel(d))
print(sorted(pruned))
errors = []
print(list(os.walk(P.join(root, 'missing'), onerror=errors.append)), [type(e).__name__ for e in errors])
order = [rel(d) for d, ds, fs in os.walk(root) if ds.sort() is None]
print(order)
print(P.islink(P.join(root, 'link_a')), P.exists(P.join(root, 'broken')), P.lexists(P.join(root, 'broken')),
      P.isdir(P.join(root, 'link_a')), P.isfile(P.join(root, 'a/f1')), P.getsize(P.join(root, 'a/f1')))
print(P.realpath(P.join(root, 'link_a', 'b')) == P.realpath(P.join(root, 'a', 'b')), P.samefile(P.join(root, 'link_a'), P.join(root, 'a')))
print(P.ismount('/'), P.ismount(root), P.ismount(P.join(root, 'nope')))
os.remove(P.join(root, 'x/f3'))
os.removedirs(P.join(root, 'x', 'y'))
print(P.exists(P.join(root, 'x')), P.exists(root))
class Pth:
    def __fspath__(self):
        return root
class NoPath:
    __fspath__ = None
class BadPath:
    def __fspath__(self):
        return 3
print(os.fspath(Pth()) == root, isinstance(Pth(), os.PathLike), isinstance(NoPath(), os.PathLike), issubclass(str, os.PathLike))
for obj in (NoPath(), BadPath(), 5):
    try:
        os.fspath(obj)
    except TypeError as e:
        print('TypeError', e)
env = os.environ | {'MP_Q': '1'}
print(type(env).__name__, env['MP_Q'], 'MP_Q' in os.environ, type({'a': '1'} | os.environ).__name__)
os.environ |= {'MP_Q': '2'}
print(os.environ['MP_Q'], os.environ.pop('MP_Q'), os.environ.get('MP_Q'))
try:
    os.environ | 3
except TypeError as e:
    print('TypeError', e)
shutil.rmtree(root)
