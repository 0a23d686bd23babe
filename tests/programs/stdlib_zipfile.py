# zipfile over BytesIO and real files: stored and deflated members written with
# the same bytes as CPython, reading, CRC checks, append mode, extraction, errors.
import io
import os
import tempfile
import zipfile
buf = io.BytesIO()
dt = (2024, 5, 17, 12, 30, 44)
with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
    zf.writestr(zipfile.ZipInfo("hello.txt", dt), "hello world\n" * 50)
    info = zipfile.ZipInfo("data/raw.bin", dt)
    zf.writestr(info, bytes(range(256)), compress_type=zipfile.ZIP_STORED)
    with zf.open(zipfile.ZipInfo("stream.txt", dt), "w") as w:
        w.write(b"line one\n")
        w.write(b"line two\n")
    zf.writestr(zipfile.ZipInfo("caf\u00e9.txt", dt), "caf\u00e9")
    zf.comment = b"archive comment"
raw = buf.getvalue()
print(len(raw), raw[:4], raw[-20:])
import hashlib; print(hashlib.md5(raw).hexdigest())
with zipfile.ZipFile(io.BytesIO(raw)) as zf:
    print(zf.namelist())
    for i in zf.infolist():
        print(i, i.date_time, i.CRC, i.compress_size, i.file_size, i.flag_bits, i.is_dir())
    print(zf.read("hello.txt")[:24], len(zf.read("data/raw.bin")))
    with zf.open("stream.txt") as f:
        print(f.readline(), list(f))
    print(zf.comment, zf.testzip())
    zf.printdir()
    try: zf.getinfo("nope")
    except KeyError as e: print("KeyError", e)
    print(zf.read("caf\u00e9.txt").decode())
print(zipfile.is_zipfile(io.BytesIO(raw)), zipfile.is_zipfile(io.BytesIO(b"not a zip")))
try: zipfile.ZipFile(io.BytesIO(b"x" * 100))
except zipfile.BadZipFile as e: print("BadZipFile", e)
bad = bytearray(raw); i = bad.find(b"line one"); bad[i] ^= 1
with zipfile.ZipFile(io.BytesIO(bytes(bad))) as zf:
    print(zf.testzip())
    try: zf.read("stream.txt")
    except zipfile.BadZipFile as e: print("BadZipFile", e)
d = tempfile.mkdtemp()
p = os.path.join(d, "a.zip"); src = os.path.join(d, "src.txt")
with open(src, "w") as f: f.write("file contents\n" * 10)
os.utime(src, (1700000000, 1700000000))
with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as zf:
    zf.write(src, "inside/src.txt")
with zipfile.ZipFile(p, "a") as zf:
    zf.writestr(zipfile.ZipInfo("added.txt", dt), b"appended")
with zipfile.ZipFile(p) as zf:
    print(zf.namelist(), [repr(i) for i in zf.infolist()])
    out = zf.extract("inside/src.txt", os.path.join(d, "out"))
    print(out.replace(d, "D"), open(out).read()[:14])
    zf.extractall(os.path.join(d, "all"))
    print(sorted(os.listdir(os.path.join(d, "all"))))
print(hashlib.md5(open(p, "rb").read()).hexdigest(), os.path.getsize(p))
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    with zipfile.ZipFile(io.BytesIO(), "w") as zf:
        zf.writestr(zipfile.ZipInfo("x", dt), "1"); zf.writestr(zipfile.ZipInfo("x", dt), "2")
    print([str(x.message) for x in w])
zf = zipfile.ZipFile(io.BytesIO(raw)); zf.close(); print(repr(zf))
try: zf.read("hello.txt")
except ValueError as e: print("ValueError", e)
import shutil; shutil.rmtree(d)
