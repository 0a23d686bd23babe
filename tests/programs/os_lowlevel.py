# Low-level os functions on file descriptors: open/read/write/close/lseek, pipes,
# dup/dup2, truncation, links, blocking mode, and files opened over a descriptor.
import os
import stat
import tempfile


def attempt(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(label, type(e).__name__, e, getattr(e, "errno", None),
              repr(getattr(e, "filename", None)))
    else:
        print(label, "->", repr(r))


# Work inside a fresh directory with relative names, so that no output names it.
home = os.getcwd()
top = tempfile.mkdtemp()
os.chdir(top)
path = "data.bin"

# open honours mode through the umask.
old = os.umask(0o022)
fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
print(type(fd).__name__, fd > 2)
print(oct(stat.S_IMODE(os.fstat(fd).st_mode)))
print(os.write(fd, b"hello world\n"), os.write(fd, bytearray(b"abc")), os.write(fd, memoryview(b"xyz")))
os.close(fd)
attempt("close twice", os.close, fd)
attempt("O_EXCL again", os.open, path, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
os.umask(0o077)
p2 = "private"
os.close(os.open(p2, os.O_CREAT | os.O_WRONLY, 0o666))
print(oct(stat.S_IMODE(os.stat(p2).st_mode)))
print(oct(os.umask(old)))

fd = os.open(path, os.O_RDONLY)
print(os.read(fd, 5), os.read(fd, 1), os.read(fd, 100), os.read(fd, 10))
print(os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 3))
print(os.lseek(fd, -3, os.SEEK_END), os.read(fd, 10))
print(os.lseek(fd, 2, os.SEEK_SET), os.lseek(fd, 2, os.SEEK_CUR), os.read(fd, 2))
attempt("lseek bad whence", os.lseek, fd, 0, 99)
attempt("write to O_RDONLY", os.write, fd, b"no")
attempt("read negative", os.read, fd, -1)
attempt("read huge", os.read, fd, 10 ** 18)
attempt("read too big", os.read, fd, 10 ** 30)
print(os.read(fd, 0))
print(os.get_blocking(fd))
os.close(fd)

# O_APPEND and O_TRUNC.
fd = os.open(path, os.O_WRONLY | os.O_APPEND)
os.write(fd, b"END")
os.close(fd)
with open(path, "rb") as f:
    print(f.read())
os.truncate(path, 5)
print(os.path.getsize(path))
fd = os.open(path, os.O_RDWR)
os.ftruncate(fd, 2)
print(os.fstat(fd).st_size, os.read(fd, 10))
os.fsync(fd)
os.close(fd)
fd = os.open(path, os.O_WRONLY | os.O_TRUNC)
print(os.fstat(fd).st_size)
os.close(fd)

# Errors carry errno, strerror and filename.
missing = "missing"
attempt("open missing", os.open, missing, os.O_RDONLY)
attempt("open dir for writing", os.open, ".", os.O_WRONLY)
attempt("open O_DIRECTORY file", os.open, path, os.O_RDONLY | os.O_DIRECTORY)
attempt("truncate missing", os.truncate, missing, 0)
attempt("link missing", os.link, missing, "l")
attempt("chown missing", os.chown, missing, -1, -1)
attempt("lchown missing", os.lchown, missing, -1, -1)

# dir_fd: open relative to a directory descriptor.
dfd = os.open(".", os.O_RDONLY | os.O_DIRECTORY)
os.chdir(home)
fd = os.open("data.bin", os.O_RDONLY, dir_fd=dfd)
print(os.path.samestat(os.fstat(fd), os.stat(os.path.join(top, path))))
os.chdir(top)
os.close(fd)
os.close(dfd)

# Hard links and owners.
link = "hard"
os.link(path, link)
print(os.stat(link).st_nlink, os.path.samefile(path, link))
st = os.stat(path)
os.chown(path, -1, -1)
os.chown(path, st.st_uid, st.st_gid)
os.lchown(link, -1, -1)
print(os.stat(path).st_uid == st.st_uid)

# Pipes: two non-inheritable ints; data flows; dup and dup2.
r, w = os.pipe()
print(type((r, w)).__name__, type(r).__name__, r != w)
print(os.write(w, b"through the pipe"))
print(os.read(r, 7))
d = os.dup(w)
print(d not in (r, w))
os.write(d, b"+dup")
os.close(d)
print(os.read(r, 100))
d2 = os.dup(r)
print(os.dup2(w, d2) == d2, os.dup2(w, d2, inheritable=False) == d2)
os.write(d2, b"via dup2")
os.close(d2)
print(os.read(r, 100))
print(os.get_blocking(r))
os.set_blocking(r, False)
print(os.get_blocking(r))
attempt("read empty nonblocking", os.read, r, 10)
os.set_blocking(r, True)
print(os.get_blocking(r))
attempt("lseek on a pipe", os.lseek, r, 0, 0)
print(os.isatty(r), os.device_encoding(r))
attempt("ttyname of a pipe", os.ttyname, r)
attempt("terminal size of a pipe", os.get_terminal_size, r)

# open() over a descriptor, with and without closefd.
os.write(w, b"line one\nline two\n")
f = open(r, closefd=False)
print(f.name == r, f.mode, f.fileno() == r)
print(repr(f.readline()))
f.close()
print(f.closed)
os.write(w, b"more")
print(os.read(r, 100))
with open(w, "wb") as g:
    g.write(b"from a file object")
attempt("write after closefd", os.write, w, b"x")
with open(r, "rb") as f:
    print(f.read())
attempt("read after close", os.read, r, 1)
attempt("open negative fd", open, -1)
attempt("closefd with a name", open, path, closefd=False)

fd = os.open(path, os.O_RDWR)
with open(fd, "r+b", closefd=False) as f:
    f.write(b"ABCDEF")
os.lseek(fd, 0, os.SEEK_SET)
print(os.read(fd, 10))
os.close(fd)

print(sorted(os.listdir(".")))
for name in os.listdir("."):
    os.remove(name)
os.chdir(home)
os.rmdir(top)
print(os.path.exists(top))
