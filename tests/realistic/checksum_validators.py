"""Checksums and check digits: table-driven CRC-8/16/32 compared with zlib and
binascii, Luhn for card numbers, ISBN-10/13 and IBAN validation."""
import binascii
import string
import zlib


def make_table(width, poly, reflect):
    table = []
    top = 1 << (width - 1)
    mask = (1 << width) - 1
    for byte in range(256):
        if reflect:
            crc = byte
            for _ in range(8):
                crc = (crc >> 1) ^ poly if crc & 1 else crc >> 1
        else:
            crc = byte << (width - 8)
            for _ in range(8):
                crc = ((crc << 1) ^ poly) if crc & top else crc << 1
        table.append(crc & mask)
    return table


class CRC:
    def __init__(self, name, width, poly, init, reflect, xorout):
        self.name, self.width = name, width
        self.init, self.reflect, self.xorout = init, reflect, xorout
        self.table = make_table(width, poly, reflect)

    def __call__(self, data: bytes) -> int:
        crc = self.init
        mask = (1 << self.width) - 1
        for b in data:
            if self.reflect:
                crc = (crc >> 8) ^ self.table[(crc ^ b) & 0xFF]
            else:
                crc = ((crc << 8) & mask) ^ self.table[((crc >> (self.width - 8)) ^ b) & 0xFF]
        return crc ^ self.xorout

    def __repr__(self):
        return f"CRC({self.name}, width={self.width})"


CRC8 = CRC("crc-8", 8, 0x07, 0, False, 0)
CRC16_CCITT = CRC("crc-16/ccitt-false", 16, 0x1021, 0xFFFF, False, 0)
CRC32 = CRC("crc-32", 32, 0xEDB88320, 0xFFFFFFFF, True, 0xFFFFFFFF)


def luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    if len(digits) < 2:
        return False
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return total % 10 == 0


def isbn_ok(isbn: str) -> bool:
    s = isbn.replace("-", "").replace(" ", "").upper()
    if len(s) == 10 and s[:9].isdigit() and (s[9].isdigit() or s[9] == "X"):
        values = [int(c) for c in s[:9]] + [10 if s[9] == "X" else int(s[9])]
        return sum((10 - i) * v for i, v in enumerate(values)) % 11 == 0
    if len(s) == 13 and s.isdigit():
        return sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(s)) % 10 == 0
    return False


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    if not (15 <= len(s) <= 34) or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    rearranged = s[4:] + s[:4]
    digits = "".join(str(string.ascii_uppercase.index(c) + 10) if c.isalpha() else c for c in rearranged)
    return int(digits) % 97 == 1


if __name__ == "__main__":
    data = b"123456789"
    for crc in (CRC8, CRC16_CCITT, CRC32):
        print(f"{crc!r:32} {crc(data):#0{crc.width // 4 + 2}x}")
    print(hex(zlib.crc32(data)), hex(binascii.crc32(data)), CRC32(data) == zlib.crc32(data))
    print(hex(binascii.crc_hqx(data, 0xFFFF)), CRC16_CCITT(data) == binascii.crc_hqx(data, 0xFFFF))
    running = 0
    for chunk in (b"1234", b"56789"):
        running = zlib.crc32(chunk, running)
    print(running == zlib.crc32(data), CRC32(b""), zlib.adler32(data))
    print(CRC8.table[:8], len(CRC32.table), f"{CRC32.table[255]:08x}")
    cards = ["4539 1488 0343 6467", "8273 1232 7352 0569", "79927398713", "0", "4111111111111111"]
    for c in cards:
        print(f"{c:22} luhn {'ok' if luhn_ok(c) else 'bad'}")
    for isbn in ["0-306-40615-2", "0306406153", "978-0-306-40615-7", "978-0-306-40615-8", "0-8044-2957-X", "12345"]:
        print(f"{isbn:20} {isbn_ok(isbn)}")
    for iban in ["GB82 WEST 1234 5698 7654 32", "GB82 WEST 1234 5698 7654 33", "DE89370400440532013000", "XX00", "NL91ABNA0417164300"]:
        print(f"{iban:30} {iban_ok(iban)}")
    print(binascii.hexlify(b"\x00\xffab", "-"), binascii.unhexlify("4142"), binascii.b2a_base64(b"hi"))
