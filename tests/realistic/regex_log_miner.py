"""Mining an application log with re: verbose patterns, named groups, lookarounds,
conditionals, backreferences, sub callbacks, split with groups and finditer spans."""
import re
from collections import Counter, defaultdict
from datetime import datetime

LOG = """\
2024-03-01 08:15:02,113 INFO  [web-1] GET /api/users/42?expand=true 200 12ms user=alice@example.com
2024-03-01 08:15:03,007 WARN  [web-2] GET /api/orders/7 404 3ms user=bob
2024-03-01 08:16:10,500 ERROR [worker] job=reindex failed: Timeout after 30s (attempt 3/5)
2024-03-01 08:16:11,020 INFO  [web-1] POST /api/orders 201 48ms user=carol.smith@shop.co.uk
2024-03-01 08:17:45,999 DEBUG [cache] hit ratio=0.93 size=1024KB evictions=12
2024-03-01 08:18:00,000 INFO  [web-2] DELETE /api/users/42 204 7ms user=alice@example.com
2024-03-01 08:18:30,250 ERROR [web-1] GET /api/reports/2023 500 1203ms user=dave "NullPointer in ReportBuilder"
2024-03-01 08:19:00,001 INFO  [web-1] GET /static/app.js 304 1ms
2024-03-01 08:20:12,777 WARN  [worker] job=mail retry in 5s (attempt 1/5)
"""

LINE = re.compile(r"""
    ^(?P<ts>\d{4}-\d\d-\d\d\ [\d:]{8}),(?P<ms>\d{3})\s+
    (?P<level>[A-Z]+)\s+
    \[(?P<src>[\w-]+)\]\s+
    (?P<msg>.*)$
""", re.VERBOSE | re.MULTILINE)

REQUEST = re.compile(r"(?P<method>GET|POST|PUT|DELETE)\s+(?P<path>/\S*?)(?:\?(?P<query>\S+))?\s+(?P<status>\d{3})\s+(?P<dur>\d+)ms(?:\s+user=(?P<user>\S+))?")

records = [m.groupdict() for m in LINE.finditer(LOG)]
print(len(records), "records;", Counter(r["level"] for r in records).most_common())
print(LINE.groupindex["level"], LINE.groups, bool(LINE.flags & re.VERBOSE))

slow = []
per_user = defaultdict(list)
for r in records:
    m = REQUEST.match(r["msg"])
    if not m:
        continue
    d = m.groupdict(default="-")
    ts = datetime.strptime(r["ts"], "%Y-%m-%d %H:%M:%S").replace(microsecond=int(r["ms"]) * 1000)
    per_user[d["user"]].append(d["status"])
    if int(d["dur"]) > 40:
        slow.append((ts.strftime("%H:%M:%S.%f")[:-3], d["method"], d["path"], d["dur"]))
    print(f"{d['method']:<6} {d['path']:<22} q={d['query']:<12} {d['status']} {int(d['dur']):>5}ms {m.span('path')}")
print("slow:", slow)
print("per user:", dict(sorted(per_user.items())))

emails = re.findall(r"[\w.+-]+@(?:[\w-]+\.)+[a-z]{2,}", LOG)
print(emails)
print(re.findall(r"(?<=user=)\w+(?!@|\.|\w)", LOG))
print(re.findall(r"(?<![\w.])\d+(?=ms)", LOG)[:5])
print(re.findall(r"\b(\w+)=(\d+(?:\.\d+)?)(KB|s)?\b", LOG))
print(re.findall(r"attempt (\d)/(\d)", LOG), re.search(r"(?P<q>[\"']).*?(?P=q)", LOG).group())


def mask_email(m):
    user, domain = m.group(1), m.group(2)
    return f"{user[0]}{'*' * (len(user) - 1)}@{domain}"


masked = re.sub(r"([\w.+-]+)@([\w.-]+)", mask_email, LOG)
print(masked.splitlines()[0])
print(re.sub(r"(?P<n>\d+)ms", lambda m: f"{int(m['n']) / 1000:.3f}s", LOG.splitlines()[6]))
print(re.sub(r"(\d{4})-(\d\d)-(\d\d)", r"\3/\2/\1", LOG.splitlines()[0]))
print(re.sub(r"(?P<lvl>WARN|ERROR)", r"<\g<lvl>>", LOG.splitlines()[2], count=1))
print(re.subn(r"\s{2,}", " ", LOG)[1], re.sub(r"(?m)^(\S+) ", r"[\1] ", "a b\nc d"))
print(re.split(r"\s*([,;|])\s*", "a , b;c| d"), re.split(r"[,;]", "x,y;z", maxsplit=1), re.split(r"(?=[A-Z])", "splitCamelCaseText"))
conditional = re.compile(r"^(<)?(\w+)(?(1)>)$")
print([bool(conditional.match(s)) for s in ("<tag>", "tag", "<tag", "tag>")])
print(re.findall(r"\b(\w)(\w)?\2\1\b", "abba noon xyyx aa abcd"), re.fullmatch(r"(ab)+", "ababab").group(0, 1))
print(re.compile(r"(?i)error|warn").findall(LOG), re.findall(r"(?i:w)arn", "Warn warn WARN"))
print(re.match(r"(a)(b)?(c)", "ac").groups(), re.match(r"(a)(b)?(c)", "ac").groups("NA"), re.match(r"(a)(b)?(c)", "ac").lastindex)
m = re.search(r"(?P<key>\w+)=(?P<val>[\d.]+)", LOG)
print(m.group("key", "val"), m.start("val"), m.end(), m.expand(r"\g<val> for \g<key>"), m.re.pattern[:10], m.string is LOG)
print(re.escape("1+1=2? [yes]"), re.purge() is None, re.template if False else "", re.I | re.M, repr(re.compile("a", re.I | re.S)))
for level, block in re.findall(r"^\S+ \S+ (\w+)\s+(.*)$", LOG, re.M)[:2]:
    print(level, "->", block[:30])
tokens = [(m.lastgroup, m.group()) for m in re.finditer(r"(?P<num>\d+(?:\.\d+)?)|(?P<word>[a-z]+)|(?P<sym>[=/])", "ratio=0.93 size/1024")]
print(tokens)
