"""Run-length and LZ77 compression of bytes, with a bit-level container format,
round-trip checks and compression ratios."""
import struct
import zlib


def rle_encode(data: bytes) -> bytes:
    out = bytearray()
    i = 0
    while i < len(data):
        run = 1
        while i + run < len(data) and data[i + run] == data[i] and run < 255:
            run += 1
        out += bytes((run, data[i]))
        i += run
    return bytes(out)


def rle_decode(data: bytes) -> bytes:
    if len(data) % 2:
        raise ValueError("truncated RLE stream")
    return b"".join(bytes([value]) * count for count, value in zip(data[::2], data[1::2]))


def lz77_encode(data: bytes, window=255, lookahead=15):
    tokens = []
    i = 0
    while i < len(data):
        best_len, best_off = 0, 0
        start = max(0, i - window)
        for j in range(start, i):
            length = 0
            while (length < lookahead and i + length < len(data)
                   and data[j + length] == data[i + length]):
                length += 1
            if length > best_len:
                best_len, best_off = length, i - j
        if best_len >= 3:
            tokens.append((best_off, best_len, None))
            i += best_len
        else:
            tokens.append((0, 0, data[i]))
            i += 1
    return tokens


def pack(tokens):
    out = bytearray(struct.pack(">I", len(tokens)))
    for off, length, lit in tokens:
        if lit is None:
            out += struct.pack(">BB", 0x80 | length, off)
        else:
            out += struct.pack(">BB", 0, lit)
    return bytes(out)


def unpack(blob):
    (count,) = struct.unpack_from(">I", blob)
    tokens = []
    for k in range(count):
        flag, value = struct.unpack_from(">BB", blob, 4 + 2 * k)
        if flag & 0x80:
            tokens.append((value, flag & 0x7F, None))
        else:
            tokens.append((0, 0, value))
    return tokens


def lz77_decode(tokens):
    out = bytearray()
    for off, length, lit in tokens:
        if lit is not None:
            out.append(lit)
        else:
            if off > len(out):
                raise ValueError(f"offset {off} beyond output of {len(out)}")
            for _ in range(length):
                out.append(out[-off])
    return bytes(out)


SAMPLES = {
    "runs": b"AAAAAAABBBCCCCCCCCCCCCD" * 3,
    "text": b"the rain in spain stays mainly in the plain; the rain in spain" * 2,
    "binary": bytes(range(64)) * 2,
    "empty": b"",
    "single": b"x",
}

if __name__ == "__main__":
    print(f"{'sample':8} {'size':>5} {'rle':>5} {'lz77':>5} {'zlib':>5}")
    for name, data in SAMPLES.items():
        rle = rle_encode(data)
        assert rle_decode(rle) == data
        tokens = lz77_encode(data)
        blob = pack(tokens)
        assert lz77_decode(unpack(blob)) == data, name
        z = zlib.compress(data, 9)
        print(f"{name:8} {len(data):5} {len(rle):5} {len(blob):5} {len(z):5}")
    print(rle_encode(b"aaab").hex(" "), rle_decode(bytes.fromhex("03 61 01 62")))
    toks = lz77_encode(b"abcabcabcabcx")
    print(toks)
    print(pack(toks).hex())
    print(lz77_decode([(0, 0, 97), (1, 5, None)]))
    for bad in [lambda: rle_decode(b"\x01"), lambda: lz77_decode([(3, 2, None)]),
                lambda: unpack(b"\x00\x00\x00\x02\x00")]:
        try:
            bad()
        except (ValueError, struct.error) as e:
            print(type(e).__name__, e)
    print(zlib.crc32(SAMPLES["text"]), zlib.adler32(SAMPLES["runs"]))
    print(memoryview(pack(toks))[:6].tolist(), struct.calcsize(">IBB"))
