# Windows-1252: every byte's character, the unassigned bytes, the error handlers and
# the 'charmap' name its errors carry, its aliases, and text files in it.
import os
import tempfile

table = bytes(range(256)).decode("cp1252", "replace")
print(ascii(table[0x7e:0xa2]))
print([hex(b) for b in range(256) if table[b] == "\ufffd"])
print(table.encode("cp1252", "replace") == bytes(b if table[b] != "\ufffd" else 0x3f for b in range(256)))
print("café – “quoted” €5 ™".encode("windows-1252"), b"\x93hi\x94 \x80".decode("1252"))
for data, handler in [(b"a\x81b", "strict"), (b"a\x81\x8db", "ignore"), (b"\x90", "backslashreplace"), (b"\x9d", "replace")]:
    try:
        print(repr(data.decode("cp1252", handler)))
    except UnicodeDecodeError as e:
        print(type(e).__name__, e.encoding, e.start, e.end, e.reason, "|", e)
for text, handler in [("a☃", "strict"), ("a☃☃b", "strict"), ("\x81", "strict"), ("☃é", "replace"),
                      ("x☃y", "xmlcharrefreplace"), ("☃", "backslashreplace"), ("ĀŠ", "ignore")]:
    try:
        print(text.encode("cp1252", handler))
    except UnicodeEncodeError as e:
        print(type(e).__name__, e.encoding, e.start, e.end, "|", e)
path = os.path.join(tempfile.mkdtemp(), "w1252.txt")
with open(path, "w", encoding="cp1252") as f:
    f.write("naïve “text” — €\n")
with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="Windows-1252") as f:
    print(f.read(), f.encoding)
os.remove(path)
