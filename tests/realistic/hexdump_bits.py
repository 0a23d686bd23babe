"""Bytes, bit twiddling and a hexdump, as found in small binary utilities."""
import struct


def hexdump(data, width=16, base=0):
    lines = []
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexpart = " ".join(f"{b:02x}" for b in chunk)
        half = width // 2 * 3
        hexpart = hexpart[:half] + " " + hexpart[half:] if len(chunk) > width // 2 else hexpart
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        lines.append(f"{base + off:08x}  {hexpart:<{width * 3}} |{text}|")
    return "\n".join(lines)


blob = bytearray(b"PK\x03\x04")
blob += struct.pack("<HHHI", 20, 0, 8, 0xDEADBEEF)
blob += "naïve résumé ✓".encode("utf-8")
blob += bytes(range(0, 256, 37))
blob.extend(b"\r\n\t\x00end")
print(hexdump(bytes(blob)))
print(len(blob), blob[:2], blob[-3:], blob.find(b"end"), blob.count(0), bytes(blob[4:6]).hex(), blob.startswith(b"PK"))
magic, version, flags, method, crc = struct.unpack_from("<4sHHHI", blob)
print(magic, version, flags, method, hex(crc))


def bits(n, width=8):
    return format(n & ((1 << width) - 1), f"0{width}b")


def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count


def reverse_bits(n, width=8):
    return int(bits(n, width)[::-1], 2)


def next_same_popcount(n):
    c = n & -n
    r = n + c
    return (((r ^ n) >> 2) // c) | r


for n in (0b10110, 0xF0, 1, 255, 0b1001_0000):
    print(f"{n:>3} {bits(n)} pop={popcount(n)} rev={bits(reverse_bits(n))} lowbit={n & -n} next={next_same_popcount(n)} gray={bits(n ^ (n >> 1))}")
print([bits(x, 4) for x in range(16) if popcount(x) == 2])
print(bits(-5), -5 & 0xFF, ~5 & 0xFF, (-1) >> 10, 1 << 70, (1 << 70) >> 68, 0xFF ^ 0x0F, 6 | 9, (2**64 - 1).bit_length(), (255).bit_count())

flags = {"READ": 1, "WRITE": 2, "EXEC": 4, "HIDDEN": 8}
def describe(mask):
    return "|".join(name for name, bit in flags.items() if mask & bit) or "NONE"
for m in (0, 3, 5, 15, 8):
    print(f"{m:#06x} {describe(m)}")

ba = bytearray(b"hello world")
ba[0] = ord("H")
ba[6:11] = b"WORLD!"
del ba[5]
ba.insert(5, 95)
ba.reverse()
print(ba, ba.upper(), ba.decode().title(), bytes(ba).swapcase(), ba.pop(), ba.index(b"O"), ba * 2 == ba + ba)
mv = memoryview(bytearray(b"abcdefgh"))
mv[2:4] = b"ZZ"
print(mv.tobytes(), mv[1], bytes(mv[::2]), mv.nbytes, mv.readonly, len(mv.cast("H")), mv.cast("H")[0])
ints = memoryview(struct.pack("<4i", 1, -2, 3, -4)).cast("i")
print(ints.tolist(), sum(ints), ints.format, ints.itemsize)
print(b"a,b,,c".split(b","), b"  x  ".strip(), b"abc".replace(b"b", b"BB"), b"%s=%d" % (b"k", 5), b"tab\there".expandtabs(4), bytes.fromhex("de ad be ef"), b"\xde\xad".hex(":"))
print(b"hello".translate(bytes.maketrans(b"el", b"ip")), b"Hello World".istitle(), b"123".isdigit(), bytes(3), bytes([65, 66]), b"x" in b"xyz", list(b"hi"), b"abc"[1], b"abc"[1:])
checksum = 0
for byte in blob:
    checksum = (checksum * 31 + byte) & 0xFFFFFFFF
print(f"rolling checksum {checksum:#010x}", sum(blob) % 256, (~sum(blob) + 1) & 0xFF)
packed = struct.pack(">bBhHiIqQf?x3sc", -1, 255, -300, 65000, -70000, 4000000000, -(2**40), 2**63, 0.1, True, b"abc", b"Z")
print(len(packed), packed.hex())
print(struct.unpack(">bBhHiIqQf?x3sc", packed))
for fmt in ("<i", ">i", "!H", "=d", "3s", "?"):
    print(fmt, struct.calcsize(fmt), end="; ")
print()
try:
    struct.pack("<h", 40000)
except struct.error as e:
    print("struct.error:", e)
