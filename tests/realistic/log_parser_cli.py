"""Parse web-server log lines with re named groups and summarise them."""
import re
import argparse
from collections import Counter, defaultdict, namedtuple
from datetime import datetime
from statistics import median
from string import Template
import logging
import io

LOG = r'''
192.168.1.10 - - [10/Mar/2024:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326 "-" "Mozilla/5.0"
10.0.0.5 - alice [10/Mar/2024:13:56:01 +0000] "POST /api/login HTTP/1.1" 401 128 "https://example.com/" "curl/8.0"
10.0.0.5 - alice [10/Mar/2024:13:56:09 +0000] "POST /api/login HTTP/1.1" 200 512 "https://example.com/" "curl/8.0"
192.168.1.10 - - [10/Mar/2024:13:57:12 +0000] "GET /images/logo.png HTTP/1.1" 304 0 "-" "Mozilla/5.0"
172.16.0.2 - - [10/Mar/2024:14:01:44 +0000] "GET /api/items?page=2&sort=price HTTP/2.0" 200 10240 "-" "python-requests/2.31"
172.16.0.2 - - [10/Mar/2024:14:02:03 +0000] "DELETE /api/items/17 HTTP/2.0" 403 64 "-" "python-requests/2.31"
garbage line that does not match
192.168.1.11 - bob [10/Mar/2024:14:10:00 +0000] "GET /index.html HTTP/1.1" 200 2326 "-" "Mozilla/5.0 (X11)"
10.0.0.7 - - [10/Mar/2024:15:00:00 +0000] "GET /missing HTTP/1.1" 404 153 "-" "Mozilla/5.0"
10.0.0.7 - - [10/Mar/2024:15:00:01 +0000] "GET /api/items?page=3 HTTP/1.1" 500 0 "-" "Mozilla/5.0"
'''

PATTERN = re.compile(r"""
    ^(?P<ip>\d{1,3}(?:\.\d{1,3}){3})\s+-\s+(?P<user>\S+)\s+
    \[(?P<ts>[^\]]+)\]\s+
    "(?P<method>[A-Z]+)\s(?P<path>[^\s?]+)(?:\?(?P<query>\S*))?\s(?P<proto>HTTP/[\d.]+)"\s+
    (?P<status>\d{3})\s(?P<size>\d+)\s+"(?P<ref>[^"]*)"\s+"(?P<agent>[^"]*)"$
""", re.VERBOSE)

Entry = namedtuple("Entry", "ip user when method path query status size agent")

log = logging.getLogger("logparse")
handler = logging.StreamHandler(stream=io.StringIO())
handler.setFormatter(logging.Formatter("%(name)s|%(levelname)s|%(message)s"))
log.addHandler(handler)
log.setLevel(logging.DEBUG)
log.propagate = False


def parse(text):
    for n, line in enumerate(text.strip().splitlines(), 1):
        m = PATTERN.match(line)
        if not m:
            log.error("line %d unparseable: %.20r", n, line)
            continue
        d = m.groupdict()
        when = datetime.strptime(d["ts"], "%d/%b/%Y:%H:%M:%S %z")
        query = dict(p.split("=", 1) for p in d["query"].split("&")) if d["query"] else {}
        yield Entry(d["ip"], None if d["user"] == "-" else d["user"], when, d["method"], d["path"],
                    query, int(d["status"]), int(d["size"]), d["agent"])


ap = argparse.ArgumentParser(prog="logparse")
ap.add_argument("--top", type=int, default=3)
ap.add_argument("--status", type=lambda s: [int(x) for x in s.split(",")], default=None)
ap.add_argument("--by", choices=["ip", "path", "agent"], default="ip")
ap.add_argument("-v", "--verbose", action="count", default=0)
args = ap.parse_args(["--top", "2", "--by", "path", "-vv"])
print(args)

entries = list(parse(LOG))
print(f"{len(entries)} entries, {sum(e.size for e in entries):,} bytes, median {median(e.size for e in entries)}")
by_key = Counter(getattr(e, args.by) for e in entries)
for key, n in by_key.most_common(args.top):
    print(f"  {key:<20} {n}")
status_classes = Counter(f"{e.status // 100}xx" for e in entries)
print(dict(sorted(status_classes.items())))
users = defaultdict(set)
for e in entries:
    if e.user:
        users[e.user].add(e.path)
print({u: sorted(p) for u, p in sorted(users.items())})
hours = Counter(e.when.strftime("%H:00") for e in entries)
for hour in sorted(hours):
    print(f"{hour} {'#' * hours[hour]}")
span = entries[-1].when - entries[0].when
print("span:", span, "tz:", entries[0].when.tzname(), entries[0].when.isoformat())
print([e.query for e in entries if e.query])
errors = [e for e in entries if e.status >= 400]
tmpl = Template("$method $path -> $status ($agent)")
for e in errors:
    print(tmpl.substitute(e._asdict()))
print(tmpl.safe_substitute(method="GET"), Template("$$5 ${x}y").substitute(x=1))
print(handler.stream.getvalue(), end="")
print(PATTERN.groupindex["status"], PATTERN.groups, bool(PATTERN.flags & re.VERBOSE))
m = re.match(r"(\d+)-(\d+)?", "12-")
print(m.groups(), m.groups(default="0"), m.group(0, 1), m.start(2), m.lastindex, m.expand(r"<\1>"))
print(re.sub(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)", r"\g<d>/\g<m>/\g<y>", "on 2024-03-10 and 2023-12-01"))
print(re.split(r"[;,]\s*", "a; b,c ,d"), re.split(r"(\s)", "x y"), re.fullmatch(r"\w+", "abc!"), re.escape("1.5*x+[y]"))
