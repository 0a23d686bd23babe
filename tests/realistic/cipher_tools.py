"""Classical ciphers and byte-level encodings: Caesar, Vigenere, XOR, RLE, base32 by hand."""
import base64
import string
import struct
import zlib
from collections import Counter
from itertools import cycle

ENGLISH_FREQ = "etaoinshrdlcumwfgypbvkjxqz"


def caesar(text: str, shift: int) -> str:
    def rot(alpha):
        return alpha[shift % 26:] + alpha[:shift % 26]
    table = str.maketrans(string.ascii_lowercase + string.ascii_uppercase,
                          rot(string.ascii_lowercase) + rot(string.ascii_uppercase))
    return text.translate(table)


def crack_caesar(cipher: str) -> int:
    def score(candidate):
        counts = Counter(c for c in candidate.lower() if c.isalpha())
        return sum(counts[ch] * (26 - i) for i, ch in enumerate(ENGLISH_FREQ))
    return max(range(26), key=lambda s: score(caesar(cipher, -s)))


def vigenere(text: str, key: str, decrypt: bool = False) -> str:
    out, keys = [], cycle(key.lower())
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            k = ord(next(keys)) - ord("a")
            out.append(chr((ord(ch) - base + (-k if decrypt else k)) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)


def xor_bytes(data: bytes, key: bytes) -> bytes:
    return bytes(b ^ k for b, k in zip(data, cycle(key)))


def rle_encode(data: bytes) -> bytes:
    out = bytearray()
    i = 0
    while i < len(data):
        run = 1
        while i + run < len(data) and data[i + run] == data[i] and run < 255:
            run += 1
        out += struct.pack("BB", run, data[i])
        i += run
    return bytes(out)


def rle_decode(data: bytes) -> bytes:
    return b"".join(bytes([value]) * count for count, value in struct.iter_unpack("BB", data))


B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def b32_by_hand(data: bytes) -> str:
    bits = "".join(f"{b:08b}" for b in data)
    bits += "0" * (-len(bits) % 5)
    chars = "".join(B32[int(bits[i:i + 5], 2)] for i in range(0, len(bits), 5))
    return chars + "=" * (-len(chars) % 8)


message = "Attack at dawn! The quick brown fox jumps over the lazy dog."
for shift in (3, 13, -1, 52):
    enc = caesar(message, shift)
    print(f"caesar {shift:>3}: {enc[:40]}... cracked={crack_caesar(enc) == shift % 26}")
v = vigenere(message, "LEMON")
print("vigenere:", v)
print("round trip:", vigenere(v, "LEMON", decrypt=True) == message)

raw = message.encode()
x = xor_bytes(raw, b"k3y")
print("xor:", x[:16].hex(), "| back:", xor_bytes(x, b"k3y")[:16])
print("xor key recovered:", bytes(a ^ b for a, b in zip(x[:3], raw[:3])))

sample = b"AAAAAAABBBCCCCCCCCCCCCD" + b"\x00" * 300 + b"xyz"
packed = rle_encode(sample)
print(f"rle: {len(sample)} -> {len(packed)} bytes, ok={rle_decode(packed) == sample}")
print(" ", packed[:12], list(packed[-6:]))
for data in (b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", raw[:13]):
    mine = b32_by_hand(data)
    print(f"{data!r:18} {mine:<24} same={mine == base64.b32encode(data).decode()}")
print(base64.b64encode(raw[:20]), base64.b85encode(b"hello"), base64.a85encode(b"hello"), base64.b16encode(b"\x00\xff"))
print(base64.b64decode(b"SGVsbG8=\n"), base64.standard_b64encode(b"\xfb\xff"), base64.urlsafe_b64encode(b"\xfb\xff"))
comp = zlib.compress(raw * 4, 9)
print(len(raw * 4), len(comp), zlib.decompress(comp) == raw * 4, hex(zlib.crc32(raw)), zlib.adler32(raw))
header = struct.pack("<4sHHI", b"CIPH", 1, len(packed), zlib.crc32(packed))
print(header.hex(" "), struct.unpack("<4sHHI", header), struct.calcsize("<4sHHI"), struct.calcsize("4sHHI"))
mv = bytearray(header)
mv[4:6] = (2).to_bytes(2, "little")
print(struct.unpack_from("<H", mv, 4), bytes(mv[:4]).decode("ascii"), mv.count(0), mv.rstrip(b"\x00")[-2:])
try:
    b"caf\xc3".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e.reason, e.start, e.end, e)
print("naïve café".encode("utf-8"), "naïve".encode("utf-16"), len("naïve".encode("utf-32")), "ü".encode("latin-1"))
