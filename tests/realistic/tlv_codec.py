"""A pickle-free binary format: type-length-value records built with struct,
varints for lengths, a CRC32 trailer, and round-trips of nested data."""

import struct
import zlib
import io

MAGIC = b"TLV1"
T_NONE, T_BOOL, T_INT, T_FLOAT, T_STR, T_BYTES, T_LIST, T_DICT, T_BIG = range(9)


def write_varint(out, n):
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.write(bytes([byte | 0x80]))
        else:
            out.write(bytes([byte]))
            return


def read_varint(inp):
    shift = result = 0
    while True:
        b = inp.read(1)
        if not b:
            raise EOFError("truncated varint")
        result |= (b[0] & 0x7F) << shift
        if not b[0] & 0x80:
            return result
        shift += 7


def encode_value(out, value):
    if value is None:
        out.write(struct.pack("<B", T_NONE))
    elif isinstance(value, bool):
        out.write(struct.pack("<B?", T_BOOL, value))
    elif isinstance(value, int):
        if -2**63 <= value < 2**63:
            out.write(struct.pack("<Bq", T_INT, value))
        else:
            raw = value.to_bytes((value.bit_length() + 8) // 8, "little", signed=True)
            out.write(struct.pack("<B", T_BIG))
            write_varint(out, len(raw))
            out.write(raw)
    elif isinstance(value, float):
        out.write(struct.pack("<Bd", T_FLOAT, value))
    elif isinstance(value, str):
        data = value.encode("utf-8")
        out.write(struct.pack("<B", T_STR))
        write_varint(out, len(data))
        out.write(data)
    elif isinstance(value, (bytes, bytearray)):
        out.write(struct.pack("<B", T_BYTES))
        write_varint(out, len(value))
        out.write(bytes(value))
    elif isinstance(value, (list, tuple)):
        out.write(struct.pack("<B", T_LIST))
        write_varint(out, len(value))
        for item in value:
            encode_value(out, item)
    elif isinstance(value, dict):
        out.write(struct.pack("<B", T_DICT))
        write_varint(out, len(value))
        for k, v in value.items():
            encode_value(out, k)
            encode_value(out, v)
    else:
        raise TypeError(f"cannot encode {type(value).__name__}")


def decode_value(inp):
    (tag,) = struct.unpack("<B", inp.read(1))
    if tag == T_NONE:
        return None
    if tag == T_BOOL:
        return struct.unpack("<?", inp.read(1))[0]
    if tag == T_INT:
        return struct.unpack("<q", inp.read(8))[0]
    if tag == T_BIG:
        return int.from_bytes(inp.read(read_varint(inp)), "little", signed=True)
    if tag == T_FLOAT:
        return struct.unpack("<d", inp.read(8))[0]
    if tag == T_STR:
        return inp.read(read_varint(inp)).decode("utf-8")
    if tag == T_BYTES:
        return inp.read(read_varint(inp))
    if tag == T_LIST:
        return [decode_value(inp) for _ in range(read_varint(inp))]
    if tag == T_DICT:
        n = read_varint(inp)
        return {decode_value(inp): decode_value(inp) for _ in range(n)}
    raise ValueError(f"unknown tag {tag}")


def dumps(value):
    body = io.BytesIO()
    encode_value(body, value)
    payload = body.getvalue()
    header = struct.pack("<4sI", MAGIC, len(payload))
    return header + payload + struct.pack("<I", zlib.crc32(payload))


def loads(blob):
    magic, length = struct.unpack_from("<4sI", blob)
    if magic != MAGIC:
        raise ValueError(f"bad magic {magic!r}")
    payload = blob[8:8 + length]
    (crc,) = struct.unpack_from("<I", blob, 8 + length)
    if crc != zlib.crc32(payload):
        raise ValueError("checksum mismatch")
    return decode_value(io.BytesIO(payload))


def hexdump(data, width=16):
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexes = " ".join(f"{b:02x}" for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        print(f"  {off:04x}  {hexes:<{width * 3}} {text}")


for n in (0, 1, 127, 128, 300, 2**21, 2**35 + 5):
    buf = io.BytesIO()
    write_varint(buf, n)
    raw = buf.getvalue()
    buf.seek(0)
    assert read_varint(buf) == n
    print(f"varint {n:>12}: {raw.hex(' ')}")

record = {
    "id": 42, "name": "Zoë", "tags": ["a", "b"], "score": 98.25,
    "active": True, "parent": None, "blob": b"\x00\xff",
    "big": 3**60, "neg": -(2**70), "nested": {"k": [1, [2, [3]]]},
}
blob = dumps(record)
print("encoded", len(blob), "bytes")
hexdump(blob[:48])
back = loads(blob)
print("round trip equal:", back == record)
print("types:", sorted({type(v).__name__ for v in back.values()}))

corrupt = bytearray(blob)
corrupt[20] ^= 0x01
for bad, label in [(bytes(corrupt), "flipped bit"), (b"NOPE" + blob[4:], "bad magic")]:
    try:
        loads(bad)
    except ValueError as e:
        print(f"{label}: {e}")
try:
    dumps({"s": {1, 2}})
except TypeError as e:
    print("encode set:", e)

Point = struct.Struct("<hhB")
points = [(1, -2, 3), (300, 400, 255), (-32768, 32767, 0)]
packed = b"".join(Point.pack(*p) for p in points)
print("struct size", Point.size, "packed", packed.hex())
print("unpacked:", list(Point.iter_unpack(packed)))
print(struct.calcsize("<i2sd"), struct.calcsize("@bi"), struct.pack(">Hf", 513, 1.5))
try:
    struct.pack("<h", 40000)
except struct.error as e:
    print("struct.error:", e)
