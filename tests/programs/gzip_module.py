# gzip: compress / decompress (bytes identical to CPython for a given mtime), members,
# padding and damaged data; GzipFile and open() in rb/wb/ab and text modes, seek, errors.
import gzip, io, os, zlib
text = b"".join(b"record %d: %s\n" % (i, b"abc" * (i % 9)) for i in range(5000))
for lvl in (0, 1, 5, 6, 9):
    for mt in (0, 1, 1234567890, 5.7):
        g = gzip.compress(text, lvl, mtime=mt)
        print(lvl, mt, len(g), zlib.crc32(g), gzip.decompress(g) == text)
print(gzip.compress(b"abc", mtime=0), gzip.compress(b"", mtime=7.9))
print(gzip.decompress(gzip.compress(b"a", mtime=0) + gzip.compress(b"b", mtime=3) + b"\0\0\0"))
for d in [b'', b'\x1f', b'abc', b'\x1f\x8b\x09', b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03', gzip.compress(b'x', mtime=0)[:-3], gzip.compress(b'x', mtime=0)[:-1]+b'\x05', gzip.compress(b'xy',mtime=0)[:-8]+b'\x00'*8, gzip.compress(b'x', mtime=0)+b'\x00\x00', gzip.compress(b'x', mtime=0)+b'junk', b'\x1f\x8b\x07' + b'\0' * 20]:
    try: print(gzip.decompress(d))
    except Exception as e: print(type(e).__name__, e)
for bad in (lambda: gzip.compress("s"), lambda: gzip.compress(b"a", 10, mtime=1), lambda: gzip.decompress("s")):
    try: bad()
    except Exception as e: print(type(e).__name__, e)
root = "/tmp/minipy_gzip_%d" % os.getpid()
os.makedirs(root, exist_ok=True)
path = os.path.join(root, "zt_gz_test.txt.gz")
with gzip.open(path, "wb") as f:
    pass
with gzip.GzipFile(path, "wb", mtime=99) as f:
    print(f.write(text[:30000]), f.write(bytearray(text[30000:])), f.mode, os.path.basename(f.name))
raw = open(path, "rb").read()
print(len(raw), zlib.crc32(raw), raw[:20])
with gzip.open(path, "ab", compresslevel=1) as f:
    f.write(b"appended\n")
with gzip.open(path) as f:
    print(f.mtime, f.readline(), f.read(10), f.tell())
    lines = f.readlines()
    print(len(lines), lines[-1], f.mtime > 99, f.read(), f.tell())
with gzip.open(path, "rb") as f:
    print(sum(1 for _ in f), f.seek(10), f.read(5), f.seek(3), f.read(4), f.seek(2, 1), f.read(3), f.peek(1)[:1])
with gzip.open(path, "wt", encoding="utf-8") as f:
    print(f.write("héllo\nwörld\r\nend"))
with gzip.open(path, "rt", encoding="utf-8") as f:
    print(repr(f.read()))
with gzip.open(path, "rt", encoding="utf-8", newline="") as f:
    print(f.readlines())
with gzip.open(path, "rt", encoding="latin-1") as f:
    print([l for l in f])
with gzip.open(path, "rt") as f:
    print(repr(f.readline()), repr(f.readline(3)), repr(f.read(2)), repr(f.read()))
big = ("ünïcode line %d\n" % 7 * 3) * 10000
with gzip.open(path, "wt", encoding="utf-8", compresslevel=6) as f:
    f.write(big)
with gzip.open(path, "rt", encoding="utf-8") as f:
    n = 0
    for line in f:
        n += 1
    print(n)
with gzip.open(path, "rt", encoding="utf-8") as f:
    print(f.read() == big)
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="name.txt.gz") as f:
    f.write(b"one"); f.flush(); f.write(b"two")
print(buf.getvalue())
buf.seek(0)
with gzip.GzipFile(fileobj=buf) as f:
    print(f.read())
buf = io.BytesIO()
with gzip.open(buf, "wb") as f:
    f.write(b"x")
print(len(buf.getvalue()))
errs = [lambda: gzip.open(path, "rbt"), lambda: gzip.open(path, "rb", encoding="utf-8"), lambda: gzip.open(path, "wb", errors="x"), lambda: gzip.open(path, "wb", newline="x"), lambda: gzip.open(3.5), lambda: gzip.GzipFile(path, "rt"), lambda: gzip.GzipFile(path, "z")]
for e in errs:
    try: e(); print("no error")
    except Exception as ex: print(type(ex).__name__, ex)
f = gzip.open(path, "rb")
try: f.write(b"x")
except OSError as ex: print(type(ex).__name__, ex, ex.errno)
f.close()
print(f.closed)
try: f.read()
except ValueError as ex: print(ex)
f = gzip.open(path, "wb")
try: f.read()
except OSError as ex: print(ex)
try: f.write("str")
except TypeError as ex: print(ex)
f.close()
open(path, "wb").write(gzip.compress(b"abcdef" * 1000, mtime=0)[:-5])
try:
    with gzip.open(path) as f: f.read()
except EOFError as ex: print("EOFError", ex)
good = gzip.compress(b"abcdef" * 1000, mtime=0)
open(path, "wb").write(good[:-8] + b"\x01\x02\x03\x04" + good[-4:])
try:
    with gzip.open(path) as f: f.read()
except gzip.BadGzipFile as ex: print("BadGzipFile", ex)
open(path, "wb").write(b"not gzip at all")
try:
    with gzip.open(path) as f: f.read()
except gzip.BadGzipFile as ex: print("BadGzipFile", ex, isinstance(ex, OSError))
os.remove(path)
os.rmdir(root)
print(gzip.READ, gzip.WRITE, gzip.FNAME, issubclass(gzip.BadGzipFile, OSError))
