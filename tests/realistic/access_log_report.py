"""Parse an access log with re, aggregate with collections, render a text histogram."""
import re
import textwrap
from collections import Counter, defaultdict, namedtuple
from datetime import datetime
from itertools import groupby
from operator import attrgetter

LOG = """\
192.168.1.10 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326 "-" "Mozilla/5.0"
192.168.1.11 - alice [10/Oct/2023:13:56:01 +0000] "POST /api/login HTTP/1.1" 302 512 "-" "curl/8.1"
10.0.0.5 - - [10/Oct/2023:13:57:12 +0000] "GET /images/logo.png HTTP/1.1" 304 0 "http://example.com/" "Mozilla/5.0"
192.168.1.10 - - [10/Oct/2023:14:01:00 +0000] "GET /api/items?page=2 HTTP/1.1" 200 10452 "-" "Mozilla/5.0"
10.0.0.7 - bob [10/Oct/2023:14:03:44 +0000] "DELETE /api/items/17 HTTP/1.1" 403 87 "-" "python-requests/2.31"
garbage line that does not parse
192.168.1.12 - - [10/Oct/2023:14:05:09 +0000] "GET /missing HTTP/1.1" 404 153 "-" "Mozilla/5.0"
10.0.0.5 - - [10/Oct/2023:14:59:59 +0000] "GET /index.html HTTP/1.0" 200 2326 "-" "Wget/1.21"
192.168.1.11 - alice [10/Oct/2023:15:10:30 +0000] "PUT /api/items/17 HTTP/1.1" 500 0 "-" "curl/8.1"
"""

PATTERN = re.compile(
    r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) \S+ (?P<user>\S+) \[(?P<when>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/(?P<version>[\d.]+)" (?P<status>\d{3}) (?P<size>\d+) '
    r'"(?P<referrer>[^"]*)" "(?P<agent>[^"]*)"'
)
Hit = namedtuple("Hit", "ip user when method path status size agent")


def parse(text):
    hits, bad = [], []
    for n, line in enumerate(text.splitlines(), 1):
        m = PATTERN.fullmatch(line)
        if not m:
            bad.append(n)
            continue
        d = m.groupdict()
        hits.append(Hit(d["ip"], None if d["user"] == "-" else d["user"],
                        datetime.strptime(d["when"], "%d/%b/%Y:%H:%M:%S %z"),
                        d["method"], d["path"].split("?")[0], int(d["status"]), int(d["size"]),
                        d["agent"].split("/")[0]))
    return hits, bad


def histogram(counter, width=30):
    top = max(counter.values())
    for key, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        bar = "#" * max(1, round(n / top * width))
        print(f"  {key:<14} {bar} {n}")


hits, bad = parse(LOG)
print(f"{len(hits)} hits, unparsable lines: {bad}")
print("status classes:")
histogram(Counter(f"{h.status // 100}xx" for h in hits), 20)
print("methods:")
histogram(Counter(h.method for h in hits), 10)
by_ip = defaultdict(lambda: [0, 0])
for h in hits:
    by_ip[h.ip][0] += 1
    by_ip[h.ip][1] += h.size
for ip, (count, size) in sorted(by_ip.items(), key=lambda kv: tuple(map(int, kv[0].split(".")))):
    print(f"{ip:>15} {count:3d} hits {size:8,d} bytes")
for hour, group in groupby(sorted(hits, key=attrgetter("when")), key=lambda h: h.when.hour):
    g = list(group)
    print(f"{hour:02d}:00 {len(g)} hits, errors: {[h.status for h in g if h.status >= 400]}")
users = sorted({h.user for h in hits if h.user})
print("users:", users, "agents:", sorted(Counter(h.agent for h in hits).items()))
span = max(h.when for h in hits) - min(h.when for h in hits)
print("span", span, span.total_seconds(), min(hits, key=attrgetter("when")).when.isoformat())
summary = ("Requests came from %d addresses; %d%% succeeded, and the largest response was %s bytes "
           "for %s." % (len(by_ip), 100 * sum(h.status < 400 for h in hits) // len(hits),
                        max(h.size for h in hits), max(hits, key=attrgetter("size")).path))
print(textwrap.fill(summary, width=48, initial_indent="> ", subsequent_indent="  "))
print(re.sub(r"(\d+)\.(\d+)\.(\d+)\.(\d+)", r"\1.\2.x.x", " ".join(sorted(by_ip))))
print(PATTERN.groupindex["status"], PATTERN.pattern.count("(?P<"), re.findall(r"/api/\w+", LOG)[:3])
