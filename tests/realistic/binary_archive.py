"""A tiny archive format: header via struct, entries compressed with zlib, checksums,
memoryview slicing, bytearray patching, and a hex dump of the result."""
import hashlib
import io
import struct
import zlib
from dataclasses import dataclass
from datetime import datetime, timezone

MAGIC = b"TARC"
HEADER = struct.Struct("<4sBBHI")          # magic, version, flags, entry count, index offset
ENTRY = struct.Struct("<H I I I Q 8s")     # name length, raw size, packed size, crc, mtime, sha prefix


@dataclass
class Entry:
    name: str
    data: bytes
    mtime: int

    def pack(self, compress):
        raw = self.data
        packed = zlib.compress(raw, 9) if compress else raw
        name = self.name.encode("utf-8")
        meta = ENTRY.pack(len(name), len(raw), len(packed), zlib.crc32(raw),
                          self.mtime, hashlib.sha256(raw).digest()[:8])
        return meta + name + packed


def build(entries, compress=True):
    out = io.BytesIO()
    out.write(b"\0" * HEADER.size)
    offsets = []
    for e in entries:
        offsets.append(out.tell())
        out.write(e.pack(compress))
    index_at = out.tell()
    out.write(struct.pack(f"<{len(offsets)}I", *offsets))
    blob = bytearray(out.getvalue())
    HEADER.pack_into(blob, 0, MAGIC, 1, int(compress), len(entries), index_at)
    return bytes(blob)


class Archive:
    def __init__(self, blob):
        self.view = memoryview(blob)
        magic, self.version, self.flags, self.count, index_at = HEADER.unpack_from(blob, 0)
        if magic != MAGIC:
            raise ValueError(f"bad magic {bytes(magic)!r}")
        self.offsets = struct.unpack_from(f"<{self.count}I", blob, index_at)

    def __len__(self):
        return self.count

    def __iter__(self):
        for off in self.offsets:
            yield self._read(off)

    def _read(self, off):
        nlen, raw, packed, crc, mtime, sha = ENTRY.unpack_from(self.view, off)
        p = off + ENTRY.size
        name = bytes(self.view[p:p + nlen]).decode("utf-8")
        body = self.view[p + nlen:p + nlen + packed]
        data = zlib.decompress(body) if self.flags & 1 else bytes(body)
        if len(data) != raw or zlib.crc32(data) != crc:
            raise IOError(f"corrupt entry {name!r}")
        if hashlib.sha256(data).digest()[:8] != sha:
            raise IOError(f"digest mismatch in {name!r}")
        return name, data, mtime

    def listing(self):
        for name, data, mtime in self:
            when = datetime.fromtimestamp(mtime, timezone.utc).strftime("%Y-%m-%d %H:%M")
            yield f"{len(data):>7,d}  {when}  {name}"


def hexdump(data, width=16):
    for i in range(0, len(data), width):
        chunk = data[i:i + width]
        hexes = chunk.hex(" ", -2) if False else " ".join(f"{b:02x}" for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        yield f"{i:08x}  {hexes:<{width * 3}} |{text}|"


files = [
    Entry("readme.txt", b"Hello archive!\n" * 20, 1700000000),
    Entry("data/numbers.bin", struct.pack("<10d", *[i / 7 for i in range(10)]), 1700003600),
    Entry("notes/ünïcode.md", "# Überschrift\n\nGrüße — “quotes”\n".encode(), 1710000000),
    Entry("empty", b"", 0),
]
for compress in (True, False):
    blob = build(files, compress)
    arc = Archive(blob)
    print(f"compress={compress} size={len(blob)} entries={len(arc)} offsets={arc.offsets}")
    for line in arc.listing():
        print("  " + line)
blob = build(files[:2])
for line in list(hexdump(blob))[:4]:
    print(line)
print(HEADER.size, ENTRY.size, struct.calcsize("@bqh"), struct.calcsize("=bqh"), struct.calcsize("<?xH3s"))
name, data, _ = list(Archive(blob))[1]
print(name, [round(x, 4) for x in struct.unpack("<10d", data)][:4])
for fmt, vals in [(">hHiI", (-2, 65535, -(2**31), 2**32 - 1)), ("<qQ", (-1, 2**64 - 1)), ("!f e", (1.5, -0.25)),
                  ("3s2sc", (b"abcd", b"x", b"!")), ("?b", (True, -128)), (">5p", (b"pascal",))]:
    packed = struct.pack(fmt, *vals)
    print(f"{fmt:<8} {packed.hex(':')} -> {struct.unpack(fmt, packed)}")
print(list(struct.iter_unpack("<HH", bytes(range(8)))))
bad = bytearray(blob)
bad[HEADER.size + ENTRY.size + 12] ^= 0xFF
for label, data in [("flipped", bytes(bad)), ("magic", b"XXXX" + blob[4:]), ("short", blob[:6])]:
    try:
        list(Archive(data))
    except (ValueError, IOError, zlib.error, struct.error) as e:
        print(f"{label}: {type(e).__name__}: {e}")
mv = memoryview(bytearray(b"abcdefgh"))
mv[2:4] = b"XY"
print(mv.tobytes(), mv[::2].tobytes(), mv.nbytes, mv.readonly, bytes(mv[-3:]), mv.hex("-", 4))
ints = memoryview(struct.pack("<4i", 1, -2, 3, -4)).cast("i")
print(ints.tolist(), ints.format, ints.itemsize, len(ints), ints[1])
print(int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(4, "big"), (-1).to_bytes(2, "little", signed=True), bytes.fromhex("de ad be ef").hex())
print(zlib.adler32(b"abc"), hex(zlib.crc32(b"The quick brown fox")), hashlib.md5(b"x").hexdigest()[:12], hashlib.blake2b(b"x", digest_size=8).hexdigest())
