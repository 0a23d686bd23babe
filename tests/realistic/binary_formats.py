"""Pack records with struct, bundle them in a zip in memory, and read them back."""
import struct
import io
import zipfile
import zlib
import binascii
import base64
import hashlib
from collections import namedtuple

Record = namedtuple("Record", "id temp humidity flags name")
FMT = struct.Struct("<IhHB8s")
print(FMT.size, FMT.format, struct.calcsize(">IhHB8s"), struct.calcsize("@IhHB8s"))

readings = [Record(i, t, h, f, n.encode()) for i, t, h, f, n in
            [(1, -40, 1000, 0b101, "north"), (2, 215, 455, 0, "south"), (3, 1205, 9999, 255, "roof-top!")]]
blob = b"".join(FMT.pack(*r) for r in readings)
print(len(blob), blob[:15].hex(" "), binascii.crc32(blob))

back = [Record(*fields) for fields in FMT.iter_unpack(blob)]
for r in back:
    print(r.id, r.temp / 10, f"{r.humidity / 100:.2f}%", f"{r.flags:08b}", r.name.rstrip(b"\0").decode())

header = struct.pack(">4sHHI", b"RECS", 1, len(back), zlib.adler32(blob))
print(header, struct.unpack_from(">H", header, 4))
buf = bytearray(12)
struct.pack_into("<3i", buf, 0, -1, 2 ** 31 - 1, 7)
print(buf.hex(), struct.unpack("<3i", buf))
for fmt, val in (("<h", 40000), ("<B", -1), ("<?", 2)):
    try:
        print(fmt, struct.pack(fmt, val))
    except struct.error as e:
        print(fmt, "error:", e)
print(struct.pack("<d", 1.5).hex(), struct.unpack("<f", struct.pack("<f", 0.1))[0])
print(struct.pack("<q", -2), struct.pack(">Q", 2 ** 64 - 1))

mem = io.BytesIO()
with zipfile.ZipFile(mem, "w", compression=zipfile.ZIP_DEFLATED) as zf:
    zf.writestr("data/readings.bin", header + blob)
    zf.writestr("README.txt", "Sensor dump\n" * 20)
    info = zipfile.ZipInfo("meta.json", date_time=(2024, 1, 2, 3, 4, 6))
    zf.writestr(info, '{"version": 1}')

mem.seek(0)
with zipfile.ZipFile(mem) as zf:
    for zi in zf.infolist():
        print(f"{zi.filename:<20}{zi.file_size:>6}{zi.compress_type:>3} {zi.CRC:08x}")
    data = zf.read("data/readings.bin")
    print(data[:4], struct.unpack(">4sHHI", data[:12])[1:3], zf.testzip())
    print(zf.namelist(), zf.getinfo("meta.json").date_time)
    with zf.open("README.txt") as fh:
        print(fh.readline(), len(fh.read()))

compressed = zlib.compress(blob * 10, 9)
print(len(blob * 10), zlib.decompress(compressed) == blob * 10)
print(base64.b64encode(blob[:12]), base64.b32encode(b"hi!"), base64.urlsafe_b64encode(b"\xfb\xff"))
print(hashlib.sha256(blob).hexdigest()[:16], hashlib.md5(b"abc").hexdigest())
print(int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(4, "big"), (-5).to_bytes(2, "big", signed=True))
mv = memoryview(blob)
print(mv[4:6].tobytes(), mv.nbytes, bytes(mv[:4]))
