# struct: packing and unpacking every format character in every byte order.
import struct

codes = "bBhHiIlLqQnN"
for order in ["", "@", "=", "<", ">", "!"]:
    for c in codes + "efd?cP":
        fmt = order + c
        try:
            size = struct.calcsize(fmt)
        except struct.error as e:
            print(fmt, "error:", e)
            continue
        print(fmt, size)

values = {
    "b": [-128, -1, 0, 1, 127], "B": [0, 1, 200, 255],
    "h": [-32768, -2, 300, 32767], "H": [0, 65535, 258],
    "i": [-2**31, -5, 7, 2**31 - 1], "I": [0, 2**32 - 1, 123456],
    "l": [-2**31, 99], "L": [2**32 - 1, 5],
    "q": [-2**63, -1, 2**63 - 1], "Q": [0, 2**64 - 1, 2**63],
    "e": [0.0, -0.0, 1.5, 65504.0, 1e-7, 0.1, 3.14159, float("inf"), -float("inf")],
    "f": [0.0, 1.1, -2.5, 3.4e38, 1e-45, float("inf")],
    "d": [0.1, -1e308, 5e-324, float("-inf")],
    "?": [0, 1, [], [1], "x"],
}
for order in ["<", ">", "=", "!", "@"]:
    for c, vs in values.items():
        for v in vs:
            b = struct.pack(order + c, v)
            print(order + c, repr(v), b, struct.unpack(order + c, b))

for c in "nNP":
    for v in [0, 1, 2**40]:
        b = struct.pack(c, v)
        print(c, v, b, struct.unpack(c, b))
print(struct.unpack("P", struct.pack("P", -1)))

# nan keeps its sign through half, float and double
for c in "efd":
    print(c, struct.pack("<" + c, float("nan")), struct.pack(">" + c, -float("nan")))
    print(struct.unpack("<" + c, struct.pack("<" + c, float("nan"))))

# half-float rounding and subnormals
for x in [2**-24, 2**-26, 2**-25 * 1.0000001, 2**-24 * 1.5, 2**-24 * 2.5, 65519.0,
          0.000060975551605224609375, 1.0009765625, 1.00048828125, 1.00146484375]:
    b = struct.pack("<e", x)
    print(repr(x), b, struct.unpack("<e", b))
for h in [0x0001, 0x03ff, 0x0400, 0x7bff, 0x7c00, 0xfc00, 0x8001, 0x3c01]:
    print(hex(h), struct.unpack("<e", h.to_bytes(2, "little")))

# float rounding to f32
for x in [0.1, 1/3, 16777217.0, 3.4028234663852886e38, 1.401298464324817e-45, 7e-46]:
    b = struct.pack("<f", x)
    print(repr(x), b, struct.unpack("<f", b))

# strings
for fmt, v in [("5s", b"ab"), ("2s", b"abcdef"), ("0s", b"xyz"), ("s", b""),
               ("5p", b"ab"), ("3p", b"abcdef"), ("p", b"q"), ("300p", b"z" * 280),
               ("4s", bytearray(b"hi")), ("c", b"\xff"), ("3c", None)]:
    if v is None:
        b = struct.pack(fmt, b"a", b"b", b"c")
    else:
        b = struct.pack(fmt, v)
    print(fmt, len(b), b[:12], [x[:10] for x in struct.unpack(fmt, b)])

# mixed formats, alignment, repeat counts, whitespace
for fmt, args in [("bhiq", (1, 2, 3, 4)), ("<bhiq", (1, 2, 3, 4)), (">bhiq", (1, 2, 3, 4)),
                  ("c x h x x i", (b"a", 5, 6)), ("3h2x?", (1, 2, 3, True)),
                  ("@qb", (1, 2)), ("@bq", (1, 2)), ("0q b", (7,)), ("b0q", (7,)),
                  ("2e f 2d", (1.0, 2.0, 3.0, 4.0, 5.0)), ("ihi", (1, 2, 3)),
                  ("=lL", (-3, 3)), ("!qQ", (-1, 1)), ("10x", ()), ("", ())]:
    b = struct.pack(fmt, *args)
    print(repr(fmt), struct.calcsize(fmt), b, struct.unpack(fmt, b))

# __index__ objects, bools
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(struct.pack("<iQb", Idx(-5), Idx(2**64 - 1), True))
class Flt:
    def __float__(self):
        return 2.5
print(struct.pack("<dfe", Flt(), 3, Idx(4)))

# bytearray and bytes formats, bytes buffers
print(struct.pack(b"<h", 1), struct.unpack(b">h", bytearray(b"\x01\x02")))
print(struct.unpack("<2h", bytearray(b"\x01\x00\x02\x00")))

# pack_into / unpack_from
buf = bytearray(12)
struct.pack_into("<hi", buf, 2, 7, -1)
print(buf)
struct.pack_into(">h", buf, -2, 0x1234)
print(buf)
struct.pack_into("<3s", buf, 0, b"xyz")
print(buf)
print(struct.unpack_from("<hi", buf, 2), struct.unpack_from(">h", buf, -2))
print(struct.unpack_from("<h", buf), struct.unpack_from("<h", buffer=buf, offset=4))
print(struct.unpack_from("b", b"abc", 1))

# iter_unpack
it = struct.iter_unpack("<hb", b"\x01\x00\x02\x03\x00\x04\x05\x00\x06")
print(it.__length_hint__())
print(next(it), it.__length_hint__())
print(list(it), it.__length_hint__())
print(list(struct.iter_unpack("2s", bytearray(b"abcdef"))))
print(list(struct.iter_unpack("<h", b"")))

# the Struct type
s = struct.Struct("<ihd")
print(s.format, s.size, type(s).__name__, type(s))
b = s.pack(1, 2, 3.5)
print(b, s.unpack(b), s.unpack_from(b"\x00" + b, 1))
buf = bytearray(s.size + 2)
s.pack_into(buf, 1, -1, -2, -3.0)
print(buf, list(s.iter_unpack(bytes(buf[1:-1]) * 2)))
print(struct.Struct(b"!H").format, struct.Struct(format="2s").size)
print(struct.Struct, struct.error, struct.error.__mro__)
print(isinstance(s, struct.Struct), struct.Struct("i") == struct.Struct("i"))
print(sorted(n for n in dir(struct) if not n.startswith("_")))
