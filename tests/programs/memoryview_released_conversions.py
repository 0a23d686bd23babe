# Once released, a memoryview is no longer bytes-like: every conversion says so with
# CPython's ValueError instead of treating the view as some other object.
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


data = bytearray(b"hello")
mv = memoryview(data)
print(bytes(mv), mv.tobytes(), mv[0])
mv.release()
attempt("bytes()", lambda: bytes(mv))
attempt("bytearray()", lambda: bytearray(mv))
attempt("tobytes", lambda: mv.tobytes())
attempt("index", lambda: mv[0])
attempt("len", lambda: len(mv))
attempt("tolist", lambda: mv.tolist())
attempt("int.from_bytes", lambda: int.from_bytes(mv, "big"))
attempt("equal to itself", lambda: mv == mv)
attempt("equal to bytes", lambda: mv == b"hello")
# The exporter is free again once its view is released.
data += b"!"
print(data)
with memoryview(b"abc") as m2:
    print(m2.tobytes())
attempt("after with", lambda: bytes(m2))
# Functions taking any bytes-like argument say the same.
import struct
attempt("bytes.find", lambda: b"x".find(mv))
attempt("struct.unpack", lambda: struct.unpack("5s", mv))
attempt("bytes.join", lambda: b"".join([mv]))
attempt("concatenation", lambda: b"x" + mv)
