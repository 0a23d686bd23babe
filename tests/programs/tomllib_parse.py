import tomllib
from decimal import Decimal
import io

doc = '''
# A sample document
title = "TOML \\"Example\\" \\u00e9\\U0001F600"
literal = 'C:\\Users\\nodejs'
multi = """
Roses are red
  Violets are \\
      blue
Quotes: ""inside"" \\t tab"""
lit_multi = \'\'\'
first
  second \\n raw\'\'\'
five_quotes = """a"b""""
integers = [+99, 42, 0, -17, 1_000, 0xDEAD_beef, 0o755, 0b1101]
floats = [+1.0, 3.1415, -0.01, 5e+22, 1e06, -2E-2, 6.626e-34, 224_617.445_991, inf, -inf, nan]
bools = [true, false]
dates = [1979-05-27T07:32:00Z, 1979-05-27T00:32:00.999999-07:00, 1979-05-27 07:32:00.5, 1979-05-27, 07:32:00, 00:32:00.123456789]
nested = [[1, 2], ["a", 'b'], [{x = 1}, {y = [2]}], ]
empty = []
"quoted key" = 1
'single.quoted' = 2
site."google.com" = true
a.b.c = 1
a.b.d = 2
inline = { name = "Tom", pt = { x = 1, y = 2 }, dotted.key = "v" }
multiline_array = [
  1,  # one
  2,
  # comment line
  3,
]

[server]
host = "localhost"  # trailing comment
port = 8080

[server.tls]
enabled = false

[[products]]
name = "Hammer"
sku = 738594937

[[products]]

[[products]]
name = "Nail"
sku = 284758393
color = "gray"

[[fruits]]
name = "apple"

[fruits.physical]
color = "red"

[[fruits.varieties]]
name = "red delicious"

[[fruits.varieties]]
name = "granny smith"

[[fruits]]
name = "banana"

[[fruits.varieties]]
name = "plantain"

[x.y.z.w]
[x]
deep = true
'''
data = tomllib.loads(doc)
for key, value in data.items():
    print(f"{key!r}: {value!r}")
print(tomllib.loads("v = 0.1\nw = [1.5]", parse_float=Decimal))
print(tomllib.load(io.BytesIO(b"k = 'bytes'\r\nn = 1\r\n")))
print(tomllib.loads(""), tomllib.loads("# only a comment"), tomllib.loads("[t]"))

bad = [
    "x = ",
    "x = 1\nx = 2",
    "x 1",
    "= 1",
    "[t]\n[t]",
    "[[t]]\n[t]",
    "t = {}\n[t]",
    "[t]\nx=1\n[t.x]",
    "a = [1, 2",
    "a = [1 2]",
    "a = {x = 1",
    "a = {x = 1, x = 2}",
    "a = {b = {c = 1}, b.d = 2}",
    'a = "unterminated',
    "a = 'unterminated",
    'a = """never closed',
    'a = "bad \\q escape"',
    'a = "\\uD800"',
    'a = "\\u12"',
    "a = 1979-02-30",
    "a = 1 2",
    "a = truth",
    "[t\nx = 1",
    "[[t]\n",
    "a = 1 # ok\nb = 2 \x01",
    "a = 'tab\there ok'\nb = 'ctrl\x02'",
    "[a.b]\n[a]\nb.c = 1",
    "a.b = 1\na.b.c = 2",
    "a = [1]\n[[a]]",
    "a = 01",
    "a = 1__0",
    "a = +0x10",
    "x = 1\n[x]",
    "\n\n  bad line",
]
for text in bad:
    try:
        print(repr(text), "->", tomllib.loads(text))
    except tomllib.TOMLDecodeError as e:
        print(f"{text!r}: {e}")
for arg in (b"x = 1", None):
    try:
        tomllib.loads(arg)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    tomllib.load(io.StringIO("x = 1"))
except TypeError as e:
    print("TypeError:", e)
try:
    tomllib.loads("x = 1.5", parse_float=lambda s: [s])
except ValueError as e:
    print("ValueError:", e)
print(issubclass(tomllib.TOMLDecodeError, ValueError), tomllib.__all__)
