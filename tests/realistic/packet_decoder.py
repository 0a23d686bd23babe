"""Decode and encode a binary telemetry protocol with struct, bytes and memoryview."""
import struct
import zlib
import binascii
import base64
from collections import namedtuple
from enum import IntEnum, IntFlag

HEADER = struct.Struct("!4sBBHI")
Reading = namedtuple("Reading", "sensor kind value")


class Kind(IntEnum):
    TEMP = 1
    HUMIDITY = 2
    PRESSURE = 3
    VOLTAGE = 4


class Flags(IntFlag):
    COMPRESSED = 1
    CHECKSUM = 2
    URGENT = 4


def encode(seq, readings, flags=Flags(0)):
    body = bytearray()
    for r in readings:
        body += struct.pack("<HBd", r.sensor, r.kind, r.value)
    if Flags.COMPRESSED in flags:
        body = bytearray(zlib.compress(bytes(body), 9))
    packet = bytearray(HEADER.pack(b"TLM1", 2, flags, len(readings), seq)) + body
    if Flags.CHECKSUM in flags:
        packet += struct.pack("!I", zlib.crc32(packet))
    return bytes(packet)


def decode(packet):
    view = memoryview(packet)
    magic, version, flags, count, seq = HEADER.unpack_from(view)
    flags = Flags(flags)
    if magic != b"TLM1":
        raise ValueError(f"bad magic {magic!r}")
    end = len(view)
    if Flags.CHECKSUM in flags:
        (crc,) = struct.unpack("!I", view[-4:])
        end -= 4
        if zlib.crc32(view[:end]) != crc:
            raise ValueError("checksum mismatch")
    body = bytes(view[HEADER.size:end])
    if Flags.COMPRESSED in flags:
        body = zlib.decompress(body)
    readings = [Reading(s, Kind(k), v) for s, k, v in struct.iter_unpack("<HBd", body)]
    assert len(readings) == count
    return seq, flags, readings


data = [Reading(7, Kind.TEMP, 21.5), Reading(7, Kind.HUMIDITY, 48.25), Reading(12, Kind.PRESSURE, 1013.2),
        Reading(3, Kind.VOLTAGE, 3.3), Reading(7, Kind.TEMP, 21.75)]
for flags in [Flags(0), Flags.CHECKSUM, Flags.COMPRESSED | Flags.CHECKSUM, Flags.URGENT | Flags.COMPRESSED]:
    pkt = encode(42, data * 3, flags)
    seq, got_flags, readings = decode(pkt)
    print(f"{flags!r:<45} {len(pkt):>4} bytes  seq={seq} flags={got_flags!s} first={readings[0]}")
pkt = encode(1, data[:2], Flags.CHECKSUM)
print(pkt.hex(" ", 4))
print(binascii.hexlify(pkt[:12], "-"), pkt[:4], pkt[4:6].hex(), list(pkt[6:12]))
print(base64.b64encode(pkt[:16]), base64.b85encode(pkt[:8]), base64.urlsafe_b64encode(b"\xfb\xff\xfe"))
corrupt = bytearray(pkt)
corrupt[10] ^= 0xFF
for bad in (bytes(corrupt), b"XXXX" + pkt[4:]):
    try:
        decode(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    HEADER.unpack(b"short")
except struct.error as e:
    print("struct.error:", e)
try:
    struct.pack("!H", 70000)
except struct.error as e:
    print("struct.error:", e)
print(struct.calcsize("@bhiq"), struct.calcsize("=bhiq"), struct.calcsize("!?xh3s"), HEADER.size, HEADER.format)
print(struct.pack(">e", 1.5), struct.unpack("<f", struct.pack("<f", 0.1))[0], struct.pack("5p", b"hi"), struct.unpack("2c", b"ab"))
print(struct.pack("<q", -2), struct.unpack(">Q", b"\xff" * 8)[0], struct.pack("?", 5), struct.unpack("??", b"\x00\x02"))
buf = bytearray(12)
struct.pack_into("<hhi", buf, 2, -1, 256, 65537)
print(buf, struct.unpack_from("<i", buf, 6))

mv = memoryview(bytearray(b"abcdefgh"))
print(mv[2:5].tobytes(), mv[::2].tobytes(), mv.nbytes, mv.readonly, mv[0], mv[-1:].tolist())
mv[0:2] = b"XY"
print(mv.obj, bytes(mv.cast("H")[:2]) if False else mv.cast("H").tolist(), mv.hex(":"))
ints = memoryview(struct.pack("<4i", 1, -2, 3, -4)).cast("i")
print(ints.tolist(), ints.format, ints.itemsize, len(ints), sum(ints))
b = b"The Quick Brown Fox"
print(b.lower(), b.split(), b.title(), b.count(b"o"), b.find(b"Q"), b.replace(b" ", b"_"), b[4:9].isalpha(), b.startswith((b"A", b"T")))
print(bytes(range(65, 70)), bytes.fromhex("de ad be ef"), b"%s=%d" % (b"k", 5), b"a,b,,c".split(b","), b"  x ".strip())
print(bytearray(b"hello").upper(), bytearray(3), bytes(2), b"\x00\x01".rjust(4, b"\xff"), b"abc" * 2, b"" .join([b"a", b"b"]))
ba = bytearray(b"stack")
ba.extend(b"ed")
ba.insert(0, ord("<"))
ba.append(62)
del ba[1:3]
print(ba, ba.pop(), ba.decode(), ba.index(b"c"), ba.reverse() or ba)
print(int.from_bytes(b"\x12\x34", "big"), (4660).to_bytes(2, "little"), (-1).to_bytes(1, "big", signed=True), bin(0b1010 ^ 0b0110))
print(zlib.adler32(b"wikipedia"), hex(zlib.crc32(b"hello world")), len(zlib.compress(b"a" * 1000)), binascii.crc_hqx(b"123456789", 0xFFFF))
