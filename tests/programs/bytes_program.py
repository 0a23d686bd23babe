# A small program over bytes: run-length coding, a hex dump, checksums and base64.
def rle_encode(data):
    out = bytearray()
    i = 0
    while i < len(data):
        run = 1
        while i + run < len(data) and data[i + run] == data[i] and run < 255:
            run += 1
        out += bytes([run, data[i]])
        i += run
    return bytes(out)

def rle_decode(data):
    out = bytearray()
    for i in range(0, len(data), 2):
        out.extend(data[i + 1:i + 2] * data[i])
    return bytes(out)

def hexdump(data, width=8):
    lines = []
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        text = ''.join(chr(b) if 32 <= b < 127 else '.' for b in chunk)
        lines.append('%04x  %-*s  %s' % (off, width * 3, chunk.hex(' '), text))
    return '\n'.join(lines)

def adler32(data):
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a

ALPHABET = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
def b64encode(data):
    out = bytearray()
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk.ljust(3, b'\0'), 'big')
        quads = [(n >> s) & 63 for s in (18, 12, 6, 0)]
        enc = bytes(ALPHABET[q] for q in quads)
        pad = 3 - len(chunk)
        out += enc[:4 - pad] + b'=' * pad
    return bytes(out)

message = 'Grüße, world! aaaaaaabbbbbbccccccccccd'.encode()
packed = rle_encode(message)
print(len(message), len(packed), rle_decode(packed) == message)
print(hexdump(message))
print(hex(adler32(message)), adler32(b'Wikipedia') == 0x11E60398)
print(b64encode(b'Man'), b64encode(b'Ma'), b64encode(b'M'), b64encode(message))
words = message.decode().replace(',', '').replace('!', '').split()
print(sorted(w.encode() for w in words))
table = {}
for b in message:
    table[b] = table.get(b, 0) + 1
print(sorted(table.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print(message.translate(bytes.maketrans(b'abc', b'ABC'), b'!,'))
