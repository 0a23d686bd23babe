# The io base classes: CPython's default methods for subclasses, FileIO, BufferedReader
# and BufferedWriter over a raw stream of the program's, and the native streams and files
# seen as instances of the classes they are registered with.
import io, sys, os, tempfile
print(isinstance(sys.stdout, io.TextIOBase), isinstance(sys.stdout, io.IOBase))
path = os.path.join(tempfile.mkdtemp(), "data.bin")
with open(path, "wb") as f:
    print(isinstance(f, io.BufferedIOBase), isinstance(f, io.BufferedWriter), isinstance(f, io.RawIOBase))
    f.write(b"alpha\nbeta\ngamma\n")
with open(path, "rb") as f:
    print(isinstance(f, io.BufferedIOBase), isinstance(f, io.BufferedReader), isinstance(f, io.IOBase))
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), issubclass(io.FileIO, io.RawIOBase))
print(isinstance(open(path), io.TextIOBase), issubclass(io.TextIOWrapper, io.IOBase), issubclass(io.BytesIO, io.RawIOBase))
fio = io.FileIO(path)
print(fio.mode, fio.name == path, fio.closefd, fio.readable(), fio.writable(), fio.seekable())
print(fio.read(3), fio.readline(), fio.readall(), fio.tell())
b = bytearray(4); fio.seek(0); print(fio.readinto(b), b, fio.read())
fio.close(); print(fio.closed, repr(fio))
try:
    fio.read()
except ValueError as e:
    print("ValueError:", e)
with io.FileIO(path, "r") as g:
    print(list(g))
br = io.BufferedReader(io.FileIO(path))
print(br.peek(1)[:1], br.read1(3), br.readline(), br.read(), br.raw.mode, br.closed, br.readable(), br.seekable(), br.name == path)
br.close(); print(br.closed)
out = io.BytesIO()
class Sink(io.RawIOBase):
    def __init__(self):
        self.chunks = []
    def writable(self):
        return True
    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)
s = Sink()
bw = io.BufferedWriter(s, buffer_size=8)
print(bw.write(b"abc"), bw.write(b"defgh"), s.chunks, bw.write(b"ijklmnopqrstu"), s.chunks)
bw.flush(); print(s.chunks, bw.writable(), bw.readable())
bw.close(); print(bw.closed, s.closed)
class Lines(io.RawIOBase):
    def __init__(self, data):
        self.data = data
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), 3, len(self.data))
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n
r = Lines(b"one\ntwo\nthree")
print(r.readline(), r.readlines(), r.read())
print(Lines(b"x\ny\n").readlines(2), list(Lines(b"a\nb")), Lines(b"abcdefg").read(5), Lines(b"abcdefg").read())
class Up(io.TextIOBase):
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s.upper())
        return len(s)
u = Up()
u.writelines(["a", "b"])
print("x", file=u)
print(u.parts, u.encoding, u.errors, u.newlines, u.readable(), u.writable(), u.seekable())
u.close()
for f in (lambda: u.writelines([]), lambda: u.fileno(), lambda: io.IOBase().fileno(), lambda: Up().seek(0)):
    try:
        f()
    except (ValueError, OSError) as e:
        print(type(e).__name__, e, isinstance(e, io.UnsupportedOperation))
print(u.__dict__.get('__IOBase_closed'), io.IOBase.__module__, io.FileIO.__module__, io.BufferedReader.__name__)
class Closer(io.IOBase):
    def close(self):
        print("closing")
        super().close()
c = Closer()
del c
print(io.text_encoding(None), io.text_encoding("utf-8"))
print(io.BufferedReader, io.FileIO, io.RawIOBase)
print(isinstance(sys.stdin.buffer, io.BufferedIOBase), isinstance(sys.stderr, io.TextIOBase))
print(io.BlockingIOError is BlockingIOError, io.open is open, io.open_code(path).read(5))
import shutil
shutil.rmtree(os.path.dirname(path))
