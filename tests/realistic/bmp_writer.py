"""Writes a small 24-bit BMP and an 8-bit palette BMP to memory with struct,
parses them back, renders them as ASCII art and checks a few invariants;
also a PNG-style chunk stream with CRCs from zlib."""
import io
import struct
import zlib
from array import array


def bmp24(width, height, pixel):
    row_size = (width * 3 + 3) & ~3
    body = bytearray()
    for y in range(height - 1, -1, -1):
        row = bytearray()
        for x in range(width):
            r, g, b = pixel(x, y)
            row += bytes((b, g, r))
        row += b"\0" * (row_size - len(row))
        body += row
    header = struct.pack("<2sIHHI", b"BM", 54 + len(body), 0, 0, 54)
    info = struct.pack("<IiiHHIIiiII", 40, width, height, 1, 24, 0, len(body),
                       2835, 2835, 0, 0)
    return header + info + bytes(body)


def read_bmp(data):
    magic, size, _, _, offset = struct.unpack_from("<2sIHHI", data)
    if magic != b"BM":
        raise ValueError(f"not a BMP: {magic!r}")
    (hsize, width, height, planes, bpp, comp, isize,
     xppm, yppm, ncolors, _) = struct.unpack_from("<IiiHHIIiiII", data, 14)
    palette = []
    if bpp == 8:
        n = ncolors or 256
        for i in range(n):
            b, g, r, _ = struct.unpack_from("<4B", data, 14 + hsize + 4 * i)
            palette.append((r, g, b))
    row_size = (width * bpp // 8 + 3) & ~3
    pixels = []
    for y in range(height):
        base = offset + (height - 1 - y) * row_size
        row = []
        for x in range(width):
            if bpp == 24:
                b, g, r = data[base + 3 * x: base + 3 * x + 3]
                row.append((r, g, b))
            else:
                row.append(palette[data[base + x]])
        pixels.append(row)
    return {"size": size, "width": width, "height": height, "bpp": bpp,
            "ppm": (xppm, yppm), "pixels": pixels}


def bmp8(width, height, index, palette):
    row_size = (width + 3) & ~3
    pal = b"".join(struct.pack("<4B", b, g, r, 0) for r, g, b in palette)
    body = b"".join(bytes(index(x, y) for x in range(width)).ljust(row_size, b"\0")
                    for y in range(height - 1, -1, -1))
    offset = 54 + len(pal)
    header = struct.pack("<2sIHHI", b"BM", offset + len(body), 0, 0, offset)
    info = struct.pack("<IiiHHIIiiII", 40, width, height, 1, 8, 0, len(body), 0, 0,
                       len(palette), 0)
    return header + info + pal + body


def ascii_art(img):
    ramp = " .:-=+*#%@"
    for row in img["pixels"]:
        line = ""
        for r, g, b in row:
            lum = (299 * r + 587 * g + 114 * b) // 1000
            line += ramp[lum * (len(ramp) - 1) // 255]
        print(line.rstrip() or ".")


def chunks(data):
    out = io.BytesIO()
    out.write(b"\x89PNG\r\n\x1a\n")
    for kind, payload in ((b"IHDR", struct.pack(">IIBBBBB", 16, 8, 8, 2, 0, 0, 0)),
                          (b"IDAT", zlib.compress(data, 9)), (b"IEND", b"")):
        out.write(struct.pack(">I", len(payload)) + kind + payload)
        out.write(struct.pack(">I", zlib.crc32(kind + payload) & 0xFFFFFFFF))
    return out.getvalue()


def walk_chunks(blob):
    pos = 8
    while pos < len(blob):
        (length,) = struct.unpack_from(">I", blob, pos)
        kind = blob[pos + 4:pos + 8]
        payload = blob[pos + 8:pos + 8 + length]
        (crc,) = struct.unpack_from(">I", blob, pos + 8 + length)
        ok = crc == zlib.crc32(kind + payload)
        print(f"  {kind.decode()} len={length:<4} crc={crc:08x} ok={ok}")
        pos += 12 + length


grad = bmp24(16, 8, lambda x, y: (x * 16, y * 32, (x + y) * 10 % 256))
img = read_bmp(grad)
print(len(grad), img["size"], img["width"], img["height"], img["bpp"], img["ppm"])
print(img["pixels"][0][:3], img["pixels"][-1][-1])
ascii_art(img)
circle = bmp8(13, 7, lambda x, y: int((x - 6) ** 2 / 4 + (y - 3) ** 2 <= 9),
              [(0, 0, 0), (255, 255, 255)])
img8 = read_bmp(circle)
print(len(circle), img8["bpp"], len(set(c for row in img8["pixels"] for c in row)))
ascii_art(img8)
try:
    read_bmp(b"GIF89a" + bytes(60))
except ValueError as e:
    print("ValueError:", e)
try:
    struct.unpack_from("<I", b"\0\0", 0)
except struct.error as e:
    print("struct.error:", e)
raw = bytes(array("B", (i % 7 for i in range(16 * 8 * 3))))
png = chunks(raw)
print(len(png), png[:8])
walk_chunks(png)
print(struct.calcsize("<2sIHHI"), struct.calcsize("@iH"), struct.pack(">hH", -2, 65535).hex(" "))
print(list(struct.iter_unpack("<HB", bytes(range(9)))))
print((1024).to_bytes(4, "little"), int.from_bytes(b"\x01\x00\x00\x80", "little", signed=True))
