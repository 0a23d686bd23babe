# zlib output must be byte-identical to CPython (the C zlib): levels, wbits, memLevel,
# strategies, flush modes, dictionaries, big level-0 streams (stored-block layout).
import zlib, hashlib

def lcg_bytes(n, seed, alphabet=256):
    out = bytearray()
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out.append((x >> 16) % alphabet)
    return bytes(out)

text = b"".join(b"line %d: the quick brown fox jumps over the lazy dog %d\n" % (i, i * i % 97) for i in range(3000))
samples = [b"", b"a", b"hello world", lcg_bytes(5000, 1), lcg_bytes(20000, 7, 4), text, text[:70000] + lcg_bytes(3000, 3)]
big = text * 12  # ~ 800 KB: several output blocks

def h(b):
    return hashlib.sha256(b).hexdigest()[:16]

for i, s in enumerate(samples):
    for level in range(-1, 10):
        print(i, level, h(zlib.compress(s, level)))
    for wbits in (9, 12, 15, -9, -15, 25, 31):
        print(i, "w", wbits, h(zlib.compress(s, 6, wbits)))
for level in (0, 1, 6, 9):
    print("big", level, h(zlib.compress(big, level)), len(zlib.compress(big, level)))
for mem in range(1, 10):
    for strat in range(5):
        c = zlib.compressobj(6, zlib.DEFLATED, 15, mem, strat)
        print("ms", mem, strat, h(c.compress(samples[5]) + c.flush()))
for mode in (zlib.Z_NO_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_BLOCK):
    for level in (0, 1, 6):
        c = zlib.compressobj(level)
        parts = []
        for k in range(0, len(samples[6]), 7001):
            parts.append(c.compress(samples[6][k:k + 7001]))
            parts.append(c.flush(mode))
        parts.append(c.flush())
        print("flush", mode, level, [len(p) for p in parts][:12], h(b"".join(parts)))
c = zlib.compressobj(9, zlib.DEFLATED, -12, 9, zlib.Z_FILTERED, zdict=text[:5000])
out = c.compress(text) + c.flush()
print("zdict", h(out))
d = zlib.decompressobj(-12, zdict=text[:5000])
print(d.decompress(out) == text)
c = zlib.compressobj(zdict=b"line the quick")
out = c.compress(text) + c.flush()
print("zdict2", h(out))
# level-0 big stream through compressobj in pieces
c = zlib.compressobj(0)
out = b"".join(c.compress(big[k:k + 100000]) for k in range(0, len(big), 100000)) + c.flush()
print("l0obj", h(out), len(out))
print("crc", zlib.crc32(big), zlib.adler32(big), zlib.crc32(b"abc", 12345), zlib.adler32(b"abc", 2**40 + 7))
for s in samples:
    for w in (15, -15, 31):
        assert zlib.decompress(zlib.compress(s, 6, w), w) == s
        assert zlib.decompress(zlib.compress(s, 6, w), 47 if w > 0 else w) == s
print("ok")
