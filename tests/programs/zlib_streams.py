# Decompress / Compress objects: max_length and unconsumed_tail, unused_data after the
# end, eof, flush, copy, dictionaries, gzip containers, a decompression bomb read in pieces.
import zlib
text = b"".join(b"row %d %s\n" % (i, b"xyz" * (i % 7)) for i in range(4000))
comp = zlib.compress(text, 9)
d = zlib.decompressobj()
out = []
chunk = comp
n = 0
while chunk:
    piece = d.decompress(chunk, 1000)
    out.append(piece)
    chunk = d.unconsumed_tail
    n += 1
print(n, len(b"".join(out)), d.eof, d.unused_data, len(d.unconsumed_tail))
print(b"".join(out) == text)
print(repr(d.flush()), d.eof)
# feeding byte by byte
d = zlib.decompressobj()
res = b"".join(d.decompress(comp[i:i + 1]) for i in range(len(comp)))
print(res == text, d.eof, d.unused_data)
# trailing data
d = zlib.decompressobj()
r = d.decompress(comp + b"TRAILING")
print(len(r), d.eof, d.unused_data, d.unconsumed_tail)
r2 = d.decompress(b"more")
print(r2, d.unused_data)
print(d.flush(), d.eof)
try:
    d.decompress(b"x")
except zlib.error as e:
    print("error:", e)
print(d.flush())
# max_length with trailing data and leftover tail
d = zlib.decompressobj()
r = d.decompress(comp[:200], 50)
print(len(r), len(d.unconsumed_tail), d.eof)
r = d.decompress(d.unconsumed_tail + comp[200:] + b"ZZ", 0)
print(len(r), d.eof, d.unused_data, d.unconsumed_tail[:10])
# quirk: tail then end-of-stream with leftover
d = zlib.decompressobj()
small = zlib.compress(b"abc" * 10)
r = d.decompress(small + b"junk", 5)
print(r, d.unconsumed_tail, d.unused_data, d.eof)
r = d.decompress(d.unconsumed_tail)
print(r, d.unconsumed_tail, d.unused_data, d.eof)
# copy mid-stream
d = zlib.decompressobj()
a = d.decompress(comp[:500])
e = d.copy()
print(len(a), (a + d.decompress(comp[500:])) == text, (a + e.decompress(comp[500:])) == text)
c = zlib.compressobj(5)
p = c.compress(text[:10000])
c2 = c.copy()
x = p + c.flush()
y = p + c2.compress(text[10000:20000]) + c2.flush()
print(zlib.decompress(x) == text[:10000], zlib.decompress(y) == text[:20000])
# flush with length, unconsumed tail
d = zlib.decompressobj()
r = d.decompress(comp, 10)
print(len(r), len(d.unconsumed_tail))
rest = d.flush(1)
print(len(rest), d.eof, len(r + rest) == len(text))
# gzip and auto-detect
g = zlib.compress(text, 6, 31)
print(zlib.decompress(g, 47) == text, zlib.decompress(g, 31) == text)
try:
    zlib.decompress(g)
except zlib.error as e:
    print(e)
d = zlib.decompressobj(47)
print(d.decompress(g) == text, d.eof)
# errors in streaming
d = zlib.decompressobj()
try:
    d.decompress(b"\x78\x9c\xff\xff\xff")
except zlib.error as e:
    print(e)
d = zlib.decompressobj()
print(d.decompress(comp[:10]), d.eof)
print(len(d.flush()), d.eof)
# needs dict without one
c = zlib.compressobj(zdict=b"abcdef")
data = c.compress(b"abcdefabcdef") + c.flush()
d = zlib.decompressobj()
try:
    d.decompress(data)
except zlib.error as e:
    print(e)
d = zlib.decompressobj(zdict=bytearray(b"abcdef"))
print(d.decompress(data), d.eof)
# bomb with max_length
bomb = zlib.compress(b"\0" * (50 * 1024 * 1024), 9)
d = zlib.decompressobj()
got = d.decompress(bomb, 4096)
print(len(bomb), len(got), len(d.unconsumed_tail) > 0, d.eof)
total = len(got)
while d.unconsumed_tail and total < 1000000:
    total += len(d.decompress(d.unconsumed_tail, 65536))
print(total)
print(zlib.decompress(b"x\x9c\x03\x00\x00\x00\x00\x01"), zlib.decompress(zlib.compress(b"q"), bufsize=0))
print(zlib.compressobj().flush(), zlib.compressobj(wbits=-15).flush(), zlib.compressobj(wbits=31).flush())
print(zlib.compressobj().compress(b""), zlib.decompressobj().decompress(b""))
c = zlib.compressobj(); c.compress(b"abc"); print(c.flush(zlib.Z_SYNC_FLUSH), c.flush(zlib.Z_SYNC_FLUSH), c.flush(zlib.Z_FINISH))
for bad in (b"", b"x", b"x\x9c", comp[:-1], comp[:-4]):
    try:
        zlib.decompress(bad)
    except zlib.error as e:
        print(e)
