import os, shutil, stat, tempfile, sys
print(os.strerror(2), os.strerror(13))
base = tempfile.mkdtemp()
src = os.path.join(base, "a.txt")
with open(src, "w") as f:
    f.write("hello\n" * 3)
os.chmod(src, 0o640)
print(oct(stat.S_IMODE(os.stat(src).st_mode)))
dst = shutil.copyfile(src, os.path.join(base, "b.txt"))
print(os.path.basename(dst), open(dst).read().count("hello"))
d = os.path.join(base, "sub")
os.mkdir(d)
print(os.path.relpath(shutil.copy(src, d), base), oct(stat.S_IMODE(os.stat(os.path.join(d, "a.txt")).st_mode)))
os.utime(src, (1000000000, 1000000005.5))
st = os.stat(src)
print(st.st_atime, st.st_mtime, st.st_mtime_ns)
c2 = shutil.copy2(src, os.path.join(base, "c.txt"))
print(os.stat(c2).st_mtime == st.st_mtime)
try:
    shutil.copyfile(src, src)
except shutil.SameFileError as e:
    print("SameFileError", isinstance(e, OSError))
t = shutil.copytree(d, os.path.join(base, "tree"), ignore=shutil.ignore_patterns("*.pyc"))
print(sorted(os.listdir(t)))
m = shutil.move(os.path.join(base, "b.txt"), os.path.join(base, "tree"))
print(os.path.relpath(m, base), os.path.exists(os.path.join(base, "b.txt")))
shutil.move(t, os.path.join(base, "moved"))
print(sorted(os.listdir(base)))
shutil.rmtree(os.path.join(base, "moved"))
try:
    shutil.rmtree(os.path.join(base, "nope"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror)
shutil.rmtree(os.path.join(base, "nope"), ignore_errors=True)
errs = []
shutil.rmtree(os.path.join(base, "nope"), onerror=lambda f, p, e: errs.append((f.__name__, e[0].__name__)))
print(errs)
print(shutil.which("sh") is not None, shutil.which("no-such-program-xyz"))
os.environ["COLUMNS"] = "100"; os.environ["LINES"] = "40"
print(shutil.get_terminal_size())
del os.environ["COLUMNS"], os.environ["LINES"]
print(tuple(shutil.get_terminal_size((90, 30))))
with open(src, 'rb') as a, open(os.path.join(base, 'd.bin'), 'wb') as b:
    shutil.copyfileobj(a, b, 4)
print(os.path.getsize(os.path.join(base, 'd.bin')))
shutil.rmtree(base)
print(os.path.exists(base))
print(os.fsencode("x/y"), os.fsdecode(b"x/y"))
