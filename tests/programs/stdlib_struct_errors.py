# struct: CPython's errors for bad formats, values and buffers.
import struct

def attempt(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok", r)

# formats
for fmt in ["999999999999999999999q", "9223372036854775807q", "4611686018427387904q",
            "1152921504606846976q", "9223372036854775807x", "9223372036854775806xc",
            "i5", "z", "<n", "=P", ">N", "!e", "i\0", "3", "  ", "q q", "@3i", "Ä"]:
    attempt(struct.calcsize, fmt)
attempt(struct.calcsize, 5)
attempt(struct.calcsize)
attempt(struct.calcsize, "i", "i")
attempt(struct.Struct)
attempt(struct.Struct, None)
attempt(struct.Struct, "y")

# integer ranges, per code and order
cases = [("b", 128), ("b", -129), ("B", 256), ("B", -1), ("h", 40000), ("h", -40000),
         ("H", 65536), ("H", -1), ("i", 2**31), ("i", -2**31 - 1), ("I", 2**32), ("I", -1),
         ("l", 2**63), ("l", 2**31), ("L", -1), ("L", 2**64), ("q", 2**63), ("q", -2**63 - 1),
         ("Q", -1), ("Q", 2**64), ("n", 2**63), ("N", -1), ("P", 2**64), ("P", -2**63 - 1),
         ("b", 2**64), ("B", 2**64), ("h", -2**64), ("I", -2**70)]
for order in ["", "<", ">"]:
    for c, v in cases:
        if order and c in "nNP":
            continue
        attempt(struct.pack, order + c, v)

# wrong types
for c, v in [("i", 1.0), ("i", "1"), ("Q", None), ("d", "x"), ("f", None), ("e", []),
             ("c", b"ab"), ("c", "a"), ("c", bytearray(b"a")), ("s", "abc"), ("p", 1),
             ("f", 10**400), ("<f", 10**39), ("<f", 1e39), ("f", 1e39), ("e", 1e6),
             ("<e", 70000), (">e", -1e300), ("d", 10**400)]:
    attempt(struct.pack, c, v)

class BadIndex:
    def __index__(self):
        return "x"
class Raises:
    def __index__(self):
        raise ValueError("nope")
class Big:
    def __index__(self):
        return 2**70
attempt(struct.pack, "i", BadIndex())
attempt(struct.pack, "i", Raises())
attempt(struct.pack, "<q", Big())

# item counts and arguments
attempt(struct.pack, "ii", 1)
attempt(struct.pack, "i", 1, 2)
attempt(struct.pack, "3s", b"a", b"b")
attempt(struct.pack)
attempt(struct.pack, format="i")
attempt(struct.unpack, "ii", b"1")
attempt(struct.unpack, "i", b"12345")
attempt(struct.unpack, "i", 5)
attempt(struct.unpack, "i", "abcd")
attempt(struct.unpack, "i")
attempt(struct.unpack, "i", b"1234", 5)
attempt(struct.unpack_from, "i")
attempt(struct.unpack_from, "i", b"12345", 2)
attempt(struct.unpack_from, "i", b"12345", -9)
attempt(struct.unpack_from, "i", b"12345", -4)
attempt(struct.unpack_from, "i", b"12345", "x")
attempt(struct.unpack_from, "i", b"12345", offset=2**70)
attempt(struct.iter_unpack, "", b"")
attempt(struct.iter_unpack, "i", b"12345")
attempt(struct.iter_unpack, "i", 7)

# pack_into
attempt(struct.pack_into)
attempt(struct.pack_into, "i")
attempt(struct.pack_into, "i", bytearray(4))
attempt(struct.pack_into, "i", bytearray(4), 0)
attempt(struct.pack_into, "i", bytes(4), 0, 1)
attempt(struct.pack_into, "i", "abcd", 0, 1)
attempt(struct.pack_into, "i", bytearray(4), 1, 1)
attempt(struct.pack_into, "i", bytearray(4), -5, 1)
attempt(struct.pack_into, "i", bytearray(4), -3, 1)
attempt(struct.pack_into, "i", bytearray(4), "a", 1)
attempt(struct.pack_into, "i", bytearray(4), 2**70, 1)
attempt(struct.pack_into, "i", bytearray(4), 0, 2**40)
buf = bytearray(b"abcdefgh")
attempt(struct.pack_into, "<hi", buf, 0, 1, 2**40)
print(buf)

s = struct.Struct("<h")
attempt(s.pack)
attempt(s.pack, 1, x=2)
attempt(s.unpack)
attempt(s.unpack, b"abc")
attempt(s.unpack_from, b"a")
attempt(s.unpack_from, buffer=b"abc", offset=1)
attempt(s.pack_into, bytearray(1), 0, 5)
attempt(s.iter_unpack, b"abc")

try:
    struct.pack("b", 1000)
except struct.error as e:
    print(type(e), e.args, isinstance(e, Exception))
