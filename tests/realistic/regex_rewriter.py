import re

LOG = """\
2023-03-01 12:00:01 INFO  user=alice action=login ip=10.0.0.12 took=35ms
2023-03-01 12:00:05 WARN  user=bob action=upload ip=10.0.0.99 took=1204ms size=5MB
2023-03-01 12:01:17 ERROR user=carol action=delete ip=192.168.1.4 took=12ms reason="not found"
2023-03-01 12:02:00 INFO  user=alice action=logout ip=10.0.0.12 took=3ms
2023-03-02 08:15:42 DEBUG user=dave action=search ip=172.16.0.8 took=250ms q="cheap flights"
"""

LINE = re.compile(
    r"""
    (?P<date>\d{4}-\d{2}-\d{2})\s
    (?P<time>\d{2}:\d{2}:\d{2})\s
    (?P<level>[A-Z]+)\s+
    (?P<rest>.*)
    """,
    re.VERBOSE,
)
PAIR = re.compile(r'(\w+)=("[^"]*"|\S+)')

for line in LOG.splitlines():
    m = LINE.match(line)
    fields = {k: v.strip('"') for k, v in PAIR.findall(m["rest"])}
    print(f"{m.group('date')} {m['level']:<5} {fields['user']:>6} {fields['action']:<7} {fields.get('took')}")

print(re.findall(r"(?<=took=)\d+(?=ms)", LOG))
print(re.findall(r"\b(?:\d{1,3}\.){3}\d{1,3}\b", LOG))
print(re.findall(r"user=(\w+)(?!.*action=login)", LOG))


def mask_ip(m):
    parts = m.group(0).split(".")
    return ".".join(parts[:2] + ["x", "x"])


print(re.sub(r"\d+\.\d+\.\d+\.\d+", mask_ip, LOG.splitlines()[2]))
print(re.sub(r"took=(\d+)ms", lambda m: f"took={int(m[1]) / 1000:.3f}s", LOG.splitlines()[1]))
print(re.sub(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)", r"\g<d>/\g<m>/\g<y>", "from 2023-03-01 to 2023-12-31"))
text, n = re.subn(r"\s+", " ", "  too   many \t spaces\n here  ")
print(repr(text), n)

print(re.split(r"([,;])\s*", "a, b;c ,d"))
print(re.split(r"\W+", "Words, words, words.", maxsplit=2))
print(re.fullmatch(r"[A-Z]{2}\d{4}", "AB1234") is not None, re.fullmatch(r"[A-Z]{2}\d{4}", "AB12345"))
print(re.escape("price: $5.00 (approx.)"))

camel = ["parseHTTPResponse", "getX", "simpleName", "URLValue2Go"]
for name in camel:
    snake = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()
    print(f"{name:>18} -> {snake}")

for m in re.finditer(r"(?P<word>\b\w+\b)\s+(?P=word)", "this is is a test test of the the code"):
    print("doubled:", m.group("word"), "at", m.span(), m.start("word"))

m = re.search(r"(\d+)(?:px|em)?(?P<imp>\s*!important)?", "width: 120px !important;")
print(m.groups(), m.groupdict(), m.lastindex, m.lastgroup)
print(m.expand(r"[\1|\g<imp>]"))

tokens = re.compile(r"\s*(?:(\d+\.?\d*)|(\*\*|[-+*/()])|(\w+))")
print([t for t in tokens.findall("3.5 * (x + 42) ** 2 - y") ])
pattern = re.compile(r"^(\w+):\s*(.*)$", re.MULTILINE)
headers = "Host: example.com\nAccept: */*\nX-Count:   3\n"
print(dict(pattern.findall(headers)))
print(re.sub(r"(?i)hello", "bye", "Hello hello HELLO"))
print(re.findall(r"[^\W\d_]+", "naïve café 123 über_cool"))
print(pattern.pattern[:10], pattern.flags & re.MULTILINE != 0, pattern.groups)
