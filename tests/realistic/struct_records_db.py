"""A fixed-width binary record file: struct packing, an index, and a hexdump."""
import io
import struct
import zlib
from collections import namedtuple

HEADER = struct.Struct("<4sHHI")          # magic, version, record count, crc32
RECORD = struct.Struct("<I16sdhB3x")       # id, name, balance, delta, flags, pad
Account = namedtuple("Account", "id name balance delta flags")

FLAG_NAMES = {1: "active", 2: "vip", 4: "frozen", 8: "joint"}


def flags_text(value):
    return ",".join(name for bit, name in FLAG_NAMES.items() if value & bit) or "-"


def write_db(accounts):
    body = b"".join(RECORD.pack(a.id, a.name.encode("utf-8")[:16], a.balance, a.delta, a.flags)
                    for a in accounts)
    return HEADER.pack(b"ACCT", 2, len(accounts), zlib.crc32(body)) + body


def read_db(blob):
    magic, version, count, crc = HEADER.unpack_from(blob, 0)
    if magic != b"ACCT":
        raise ValueError(f"bad magic {magic!r}")
    body = blob[HEADER.size:]
    if zlib.crc32(body) != crc:
        raise ValueError("checksum mismatch")
    out = []
    for fields in RECORD.iter_unpack(body):
        rid, raw, bal, delta, flags = fields
        out.append(Account(rid, raw.rstrip(b"\0").decode("utf-8"), bal, delta, flags))
    assert len(out) == count
    return version, out


def hexdump(data, width=16):
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexes = " ".join(f"{b:02x}" for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        print(f"{off:08x}  {hexes:<{width * 3}} |{text}|")


accounts = [
    Account(1001, "Åsa Lindqvist", 1520.75, -20, 1 | 2),
    Account(1002, "Bob", -35.5, 300, 1),
    Account(1003, "Chidi Okonkwo-Long-Name", 0.0, 0, 4 | 8),
]
blob = write_db(accounts)
print("header", HEADER.size, "record", RECORD.size, "total", len(blob))
hexdump(blob[:48])
version, back = read_db(blob)
print("version", version)
for a in back:
    print(f"{a.id:>6} {a.name:<17} {a.balance:>10.2f} {a.delta:>+5d} {flags_text(a.flags)}")

corrupt = bytearray(blob)
corrupt[HEADER.size + 5] ^= 0xFF
for bad in (b"XXXX" + blob[4:], bytes(corrupt)):
    try:
        read_db(bad)
    except ValueError as exc:
        print("error:", exc)

stream = io.BytesIO(blob)
stream.seek(HEADER.size + RECORD.size)
rec = RECORD.unpack(stream.read(RECORD.size))
print(rec[0], rec[1][:3], stream.tell())
buf = bytearray(RECORD.size)
RECORD.pack_into(buf, 0, 7, b"seven", 7.0, -7, 1)
print(bytes(buf[:8]).hex(" "), struct.unpack_from("<d", buf, 20))
print(struct.calcsize("@ihq"), struct.calcsize("=ihq"), struct.pack(">hH", -2, 65535))
try:
    struct.pack("<h", 40000)
except struct.error as exc:
    print("struct.error:", exc)
print(struct.unpack("!4B", bytes([192, 168, 0, 1])), ".".join(map(str, struct.pack("!I", 3232235521))))
