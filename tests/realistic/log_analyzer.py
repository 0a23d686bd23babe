"""Parse an access log and report statistics."""
import re
from collections import Counter, defaultdict
from datetime import datetime

LOG = """\
192.168.1.10 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326 "-" "Mozilla/5.0"
192.168.1.11 - alice [10/Oct/2023:13:56:01 +0000] "POST /api/login HTTP/1.1" 302 512 "/index.html" "curl/8.0"
10.0.0.5 - - [10/Oct/2023:13:57:12 +0000] "GET /images/logo.png HTTP/1.1" 200 10240 "/index.html" "Mozilla/5.0"
192.168.1.10 - - [10/Oct/2023:14:01:44 +0000] "GET /missing HTTP/1.1" 404 153 "-" "Mozilla/5.0"
10.0.0.5 - bob [10/Oct/2023:14:02:00 +0000] "GET /api/items?page=2 HTTP/1.1" 200 4096 "-" "python-requests/2.31"
bogus line that should be skipped
172.16.0.2 - - [10/Oct/2023:14:30:59 +0000] "DELETE /api/items/7 HTTP/1.1" 500 0 "-" "curl/8.0"
192.168.1.10 - - [10/Oct/2023:15:00:00 +0000] "GET /index.html HTTP/1.1" 304 0 "-" "Mozilla/5.0"
10.0.0.5 - - [10/Oct/2023:15:10:10 +0000] "GET /api/items?page=3 HTTP/1.1" 200 3900 "-" "python-requests/2.31"
"""

LINE_RE = re.compile(
    r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - (?P<user>\S+) \[(?P<ts>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/(?P<ver>[\d.]+)" (?P<status>\d{3}) (?P<size>\d+) '
    r'"(?P<ref>[^"]*)" "(?P<agent>[^"]*)"'
)


def parse(lines):
    for lineno, line in enumerate(lines, 1):
        m = LINE_RE.match(line)
        if not m:
            print(f"line {lineno}: cannot parse {line[:20]!r}...")
            continue
        d = m.groupdict()
        d["ts"] = datetime.strptime(d["ts"], "%d/%b/%Y:%H:%M:%S %z")
        d["status"] = int(d["status"])
        d["size"] = int(d["size"])
        d["user"] = None if d["user"] == "-" else d["user"]
        yield d


entries = list(parse(LOG.splitlines()))
print(f"{len(entries)} entries parsed")

by_status = Counter(e["status"] for e in entries)
print("By status:", sorted(by_status.items()))
print("Most common IPs:", Counter(e["ip"] for e in entries).most_common(2))

bytes_by_ip = defaultdict(int)
for e in entries:
    bytes_by_ip[e["ip"]] += e["size"]
for ip, total in sorted(bytes_by_ip.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"  {ip:<15} {total:>8,d} bytes")

hours = Counter(e["ts"].strftime("%H:00") for e in entries)
for hour, n in sorted(hours.items()):
    print(f"{hour} {'#' * n}")

endpoint = re.compile(r"^/api/(\w+)")
api = Counter()
for e in entries:
    m = endpoint.match(e["path"])
    if m:
        api[m.group(1)] += 1
print("API endpoints:", dict(api))

errors = [e for e in entries if e["status"] >= 400]
for e in errors:
    print(f"ERROR {e['status']} {e['method']} {e['path']} at {e['ts'].isoformat()}")

users = {e["user"] for e in entries if e["user"]}
print("Authenticated users:", ", ".join(sorted(users)))

first, last = entries[0]["ts"], entries[-1]["ts"]
span = last - first
print("Span:", span, "=", span.total_seconds(), "seconds")

agents = Counter(re.split(r"[/ ]", e["agent"])[0] for e in entries)
print(agents)
print(re.sub(r"(\d+)\.(\d+)\.(\d+)\.(\d+)", r"\1.\2.x.x", "client 192.168.1.10 and 10.0.0.5"))
print(re.findall(r"page=(\d+)", LOG))
print(LINE_RE.pattern.count("?P<"), LINE_RE.groups, sorted(LINE_RE.groupindex)[:3])
sizes = [e["size"] for e in entries]
print(f"mean size {sum(sizes) / len(sizes):.2f}, max {max(sizes)}, min {min(sizes)}")
