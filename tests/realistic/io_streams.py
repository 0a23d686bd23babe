"""In-memory streams: StringIO/BytesIO, line iteration, csv round trips, print(file=)."""
import io
import csv
import sys

buf = io.StringIO()
print("header", file=buf)
buf.write("line two\n")
buf.writelines(["three\n", "four"])
print(repr(buf.getvalue()), buf.tell())
buf.seek(0)
print(buf.readline(), end="")
print(buf.read(4), "|", buf.readlines())
buf.seek(0)
for n, line in enumerate(buf, 1):
    print(n, line.rstrip("\n"))
buf.truncate(6)
buf.seek(0, io.SEEK_END)
buf.write("!")
print(repr(buf.getvalue()), buf.closed, buf.readable(), buf.writable(), buf.seekable())
buf.close()
try:
    buf.getvalue()
except ValueError as e:
    print("ValueError:", e)

rows = [["name", "qty", "note"], ["apple", 3, "red, crisp"], ["pear", 10, 'says "hi"'], ["fig", 0, ""]]
out = io.StringIO()
writer = csv.writer(out)
writer.writerows(rows)
text = out.getvalue()
print(repr(text))
reader = csv.reader(io.StringIO(text))
back = list(reader)
print(back, back[1][1] == "3")
dict_out = io.StringIO()
dw = csv.DictWriter(dict_out, fieldnames=["id", "score"], lineterminator="\n")
dw.writeheader()
for i, s in enumerate([9.5, 7.25, 10]):
    dw.writerow({"id": i, "score": s})
print(dict_out.getvalue(), end="")
for row in csv.DictReader(io.StringIO(dict_out.getvalue())):
    print(row, float(row["score"]) * 2)
tsv = "a\tb\n1\t2\n"
print(list(csv.reader(io.StringIO(tsv), delimiter="\t")))
semi = io.StringIO()
csv.writer(semi, delimiter=";", quoting=csv.QUOTE_NONNUMERIC).writerow(["x", 1.5, 2, None])
print(semi.getvalue().strip())

b = io.BytesIO()
b.write(b"\x00\x01binary")
b.write("ünïcode".encode("utf-8"))
print(b.getvalue(), len(b.getvalue()), b.tell())
b.seek(2)
print(b.read(6), b.read(), b.read())
data = io.BytesIO(b"line1\nline2\nline3")
print(data.readlines(), io.BytesIO(b"abc").read1(2) if hasattr(io.BytesIO, "read1") else "")
wrapper = io.StringIO("héllo\nwörld\n")
print([l for l in wrapper])
enc = "naïve café".encode("latin-1")
print(enc, enc.decode("latin-1"), "naïve".encode("ascii", errors="replace"), "naïve".encode("ascii", "ignore"))
print("€".encode("utf-8"), b"\xe2\x82\xac".decode(), "€".encode("utf-16-le"), len("😀".encode("utf-16")))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"\xff".decode("utf-8", "replace"), b"abc\xff".decode("ascii", "backslashreplace"), "ß".encode("ascii", "xmlcharrefreplace"))
print(sys.stdout.write("direct write\n"), sys.stdout.isatty() in (True, False), sys.stdout.encoding)
print("a", "b", sep="", end="!\n")
print(*range(5), sep=", ")
print(bytes(range(65, 70)), bytearray(b"hello").upper(), b"a,b".split(b","), b"  x ".strip(), b"%d-%s" % (5, b"z"))
print(bytes.fromhex("de ad be ef"), b"\xde\xad".hex(), b"\xde\xad".hex(":"), memoryview if False else "no memoryview use")
