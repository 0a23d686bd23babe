# A released memoryview given where a buffer is wanted: CPython's messages.
mv = memoryview(b"abc")
mv.release()
buf = bytearray(b"xyz")
attempts = [
    ("extend", lambda: buf.extend(mv)),
    ("slice assignment", lambda: buf.__setitem__(slice(0, 0), mv)),
    ("startswith", lambda: buf.startswith(mv)),
    ("endswith", lambda: b"xyz".endswith(mv)),
    ("startswith tuple", lambda: buf.startswith((b"x", mv))),
    ("concatenation", lambda: buf + mv),
    ("bytes()", lambda: bytes(mv)),
    ("find", lambda: buf.find(mv)),
]
for name, attempt in attempts:
    try:
        print(name, attempt())
    except (TypeError, ValueError) as e:
        print(name, type(e).__name__, e)
print(buf)
