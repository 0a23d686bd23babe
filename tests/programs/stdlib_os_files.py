import os, stat

base = os.path.join('/tmp', 'minipy_os_test_%d' % os.getpid())
os.mkdir(base)
try:
    os.makedirs(os.path.join(base, 'a', 'b', 'c'))
    os.makedirs(os.path.join(base, 'a', 'b'), exist_ok=True)
    try:
        os.makedirs(os.path.join(base, 'a'))
    except FileExistsError as e:
        print('FileExistsError', e.errno, e.strerror, e.filename == os.path.join(base, 'a'))
    f = os.path.join(base, 'a', 'f.txt')
    with open(f, 'w') as fh:
        fh.write('hello')
    st = os.stat(f)
    print(type(st).__name__, st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), len(st))
    print(st[6], st[stat.ST_SIZE], isinstance(st.st_mtime, float), isinstance(st[8], int), st[8] == int(st.st_mtime))
    print(st.st_mtime_ns // 10**9 == st[8], stat.filemode(os.stat(base).st_mode)[0])
    print(os.path.getsize(f), os.path.getmtime(f) == st.st_mtime, os.path.exists(f), os.path.isfile(f), os.path.isdir(f))
    with open(f) as fh:
        print(os.fstat(fh.fileno()).st_size)
    print(sorted(os.listdir(os.path.join(base, 'a'))))
    with os.scandir(os.path.join(base, 'a')) as it:
        for e in sorted(it, key=lambda e: e.name):
            print(repr(e), e.name, e.path == os.path.join(base, 'a', e.name), e.is_file(), e.is_dir(), e.is_symlink(), e.stat().st_size if e.is_file() else '-')
    os.symlink(f, os.path.join(base, 'link'))
    print(os.path.islink(os.path.join(base, 'link')), os.readlink(os.path.join(base, 'link')) == f)
    print(os.path.realpath(os.path.join(base, 'link')) == os.path.realpath(f))
    for top, dirs, files in os.walk(base):
        dirs.sort()
        print(os.path.relpath(top, base), dirs, sorted(files))
    for top, dirs, files in os.walk(base, topdown=False):
        print(os.path.relpath(top, base), sorted(dirs), sorted(files))
    os.rename(f, os.path.join(base, 'g.txt'))
    os.replace(os.path.join(base, 'g.txt'), os.path.join(base, 'h.txt'))
    print(sorted(os.listdir(base)))
    for fn, args in [(os.stat, ('nope',)), (os.remove, (os.path.join(base, 'a'),)), (os.rmdir, (os.path.join(base, 'a'),)),
                     (os.mkdir, (base,)), (os.listdir, ('nope',)), (os.rename, ('nope', 'nope2')), (os.chdir, ('nope',))]:
        try:
            fn(*args)
        except OSError as e:
            print(type(e).__name__, e.errno, str(e).replace(base, 'BASE'))
    cwd = os.getcwd()
    os.chdir(base)
    print(os.getcwd() == os.path.realpath(base), sorted(os.listdir()), [e.path for e in sorted(os.scandir(), key=lambda e: e.name)])
    print([e.path for e in sorted(os.scandir('.'), key=lambda e: e.name)])
    os.chdir(cwd)
    os.remove(os.path.join(base, 'link'))
    os.unlink(os.path.join(base, 'h.txt'))
    os.removedirs(os.path.join(base, 'a', 'b', 'c'))
    print(os.path.exists(os.path.join(base, 'a')), os.path.exists(base))
finally:
    if os.path.exists(base):
        for top, dirs, files in os.walk(base, topdown=False):
            for n in files:
                os.remove(os.path.join(top, n))
            for n in dirs:
                os.rmdir(os.path.join(top, n))
        os.rmdir(base)

print(len(os.urandom(16)), type(os.urandom(0)), os.cpu_count() >= 1, isinstance(os.getpid(), int))
print(os.fspath('x'), os.fspath(b'y'))
class P:
    def __fspath__(self): return 'p/q'
print(os.fspath(P()), isinstance(P(), os.PathLike), issubclass(str, os.PathLike), os.path.join(P(), 'r'))
try: os.fspath(3)
except TypeError as e: print(e)
print(os.access('/', os.F_OK), os.error is OSError)
