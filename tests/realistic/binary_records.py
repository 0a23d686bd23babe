"""Pack and unpack fixed-size binary records with struct and array."""
import struct
import array
import binascii
import zlib
import io
from collections import namedtuple

HEADER = struct.Struct("<4sHHI")          # magic, version, record count, flags
RECORD = struct.Struct("<IhBx16sdf")       # id, temp, status, pad, name, value, ratio
Record = namedtuple("Record", "id temp status name value ratio")

MAGIC = b"RECS"


def pack_records(records, version=2, flags=0):
    buf = io.BytesIO()
    buf.write(HEADER.pack(MAGIC, version, len(records), flags))
    for r in records:
        name = r.name.encode("utf-8")[:16]
        buf.write(RECORD.pack(r.id, r.temp, r.status, name, r.value, r.ratio))
    body = buf.getvalue()
    crc = zlib.crc32(body)
    return body + struct.pack(">I", crc)


def unpack_records(blob):
    body, (crc,) = blob[:-4], struct.unpack(">I", blob[-4:])
    if zlib.crc32(body) != crc:
        raise ValueError("checksum mismatch")
    magic, version, count, flags = HEADER.unpack_from(body, 0)
    if magic != MAGIC:
        raise ValueError(f"bad magic {magic!r}")
    out = []
    for i in range(count):
        rid, temp, status, name, value, ratio = RECORD.unpack_from(body, HEADER.size + i * RECORD.size)
        out.append(Record(rid, temp, status, name.rstrip(b"\0").decode("utf-8"), value, round(ratio, 4)))
    return version, flags, out


def hexdump(data, width=16):
    lines = []
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexpart = " ".join(f"{b:02x}" for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        lines.append(f"{off:08x}  {hexpart:<{width * 3}} |{text}|")
    return "\n".join(lines)


records = [
    Record(1, -40, 0, "sensor-α", 3.14159, 0.5),
    Record(2, 215, 1, "boiler", -1e10, 0.125),
    Record(65535, 32767, 255, "a-very-long-sensor-name", 0.0, 1 / 3),
]
print("header size", HEADER.size, "record size", RECORD.size, "format", RECORD.format)
blob = pack_records(records, flags=0b101)
print("blob length", len(blob))
print(hexdump(blob[:64]))
version, flags, decoded = unpack_records(blob)
print("version", version, "flags", bin(flags))
for r in decoded:
    print(" ", r)
corrupted = bytearray(blob)
corrupted[10] ^= 0xFF
try:
    unpack_records(bytes(corrupted))
except ValueError as e:
    print("ValueError:", e)
try:
    struct.pack("<h", 40000)
except struct.error as e:
    print("struct.error:", e)
try:
    struct.unpack("<I", b"\x00\x01")
except struct.error as e:
    print("struct.error:", e)

print(struct.pack(">HhL", 1, -2, 3).hex(), struct.pack("<q", -1).hex(), struct.pack("!f", 1.5).hex())
print(struct.unpack("<3B", b"\x01\x02\x03"), struct.calcsize("@ci"), struct.calcsize("=ci"), struct.calcsize("<10s3x?"))
print(struct.pack("?xc", True, b"Z"), struct.unpack(">e", struct.pack(">e", 0.1)), struct.pack("5p", b"ab"))
print(list(struct.iter_unpack("<hh", bytes(range(8)))))
buf = bytearray(12)
struct.pack_into("<iI", buf, 2, -5, 7)
print(buf.hex(" "), struct.unpack_from("<i", buf, 2))

a = array.array("h", [1, -2, 3, 400])
a.append(-32768)
a.extend([7, 8])
print(a, a.itemsize, a.typecode, len(a), a[1:3], a.tobytes()[:6].hex())
b = array.array("h")
b.frombytes(a.tobytes())
print(b == a, b.tolist(), b.count(7), b.index(400))
a.byteswap()
print(a.tolist()[:3])
d = array.array("d", (x / 4 for x in range(6)))
print(d, sum(d), max(d), array.array("B", b"hello").tolist(), array.array("u", "hé").tounicode() if hasattr(array.array("u"), "tounicode") else "")
i = array.array("I", [1, 2, 3])
i[1] = 99
i.reverse()
i.insert(0, 5)
print(i, i.pop(), i.buffer_info()[1], array.array("b", [1, 2]) + array.array("b", [3]), array.array("i", [0]) * 3)
try:
    array.array("B", [256])
except OverflowError as e:
    print("OverflowError:", e)

print(binascii.hexlify(b"\x00\xffAB"), binascii.unhexlify("4142ff"), binascii.crc32(b"hello"), zlib.adler32(b"hello"))
data = b"minipy " * 40
comp = zlib.compress(data)
print(len(data), len(comp) < len(data), zlib.decompress(comp) == data)
mv = memoryview(blob)
print(mv[:4].tobytes(), mv.nbytes, bytes(mv[4:6]), mv[0], int.from_bytes(mv[8:12], "little"))
print(bytes([0x41, 0x42]).decode(), "π".encode("utf-8"), b"caf\xc3\xa9".decode("utf-8"), b"\xff".decode("latin-1"))
print(int.to_bytes(1024, 2, "big"), (1024).to_bytes(4, "little", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True))
