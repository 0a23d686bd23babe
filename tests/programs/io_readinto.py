# readinto on BytesIO and binary files fills a writable buffer (bytearray, memoryview,
# array) from the current position; in-memory files have no fileno() or detach().
import array
import io
import os
import tempfile

src = io.BytesIO(b"0123456789")
buf = bytearray(4)
print(src.readinto(buf), buf, src.tell())
view = memoryview(bytearray(8))
print(src.readinto(view[2:5]), view.tobytes())
print(src.readinto1(buf), buf, src.readinto(buf), buf)
arr = array.array("h", [0, 0])
print(io.BytesIO(b"\x01\x00\x02\x00\x03").readinto(arr), arr)
for bad in (b"immutable", "text", memoryview(b"ro")):
    try:
        io.BytesIO(b"x").readinto(bad)
    except TypeError as e:
        print("TypeError:", e)
closed = io.BytesIO(b"abc")
closed.close()
try:
    closed.readinto(bytearray(1))
except ValueError as e:
    print("ValueError:", e)
for f in (io.BytesIO(), io.StringIO()):
    for name in ("fileno", "detach"):
        try:
            getattr(f, name)()
        except io.UnsupportedOperation as e:
            print(type(f).__name__, name, "UnsupportedOperation:", e, isinstance(e, OSError))

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "data.bin")
    with open(path, "wb") as out:
        out.write(bytes(range(20)))
        try:
            out.readinto(bytearray(2))
        except io.UnsupportedOperation as e:
            print("write-only:", e)
    with open(path, "rb") as f:
        chunk = bytearray(8)
        while n := f.readinto(chunk):
            print(n, chunk[:n].hex())
        print(f.readinto(chunk))
    with open(path, "r+b") as f:
        f.seek(15)
        print(f.readinto(memoryview(chunk)[:3]), chunk[:3])
