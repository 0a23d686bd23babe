"""Generator-coroutine pipeline over web-server log lines: parse with a
verbose regex, filter, enrich with datetime, aggregate per hour and status,
detect bursts with a sliding window, with send()/throw()/close() plumbing."""
import re
from collections import Counter, defaultdict, deque
from datetime import datetime, timedelta
from functools import wraps

LOG = """\
203.0.113.9 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326 "-" "Mozilla/5.0"
198.51.100.4 - bob [10/Oct/2023:13:55:40 +0000] "POST /login HTTP/1.1" 302 0 "-" "curl/8.1"
203.0.113.9 - - [10/Oct/2023:13:56:02 +0000] "GET /img/logo.png HTTP/1.1" 200 10452 "/index.html" "Mozilla/5.0"
192.0.2.77 - - [10/Oct/2023:14:01:13 +0000] "GET /admin HTTP/1.1" 403 199 "-" "sqlmap/1.7"
192.0.2.77 - - [10/Oct/2023:14:01:14 +0000] "GET /admin.php HTTP/1.1" 404 153 "-" "sqlmap/1.7"
192.0.2.77 - - [10/Oct/2023:14:01:14 +0000] "GET /wp-login.php HTTP/1.1" 404 153 "-" "sqlmap/1.7"
192.0.2.77 - - [10/Oct/2023:14:01:15 +0000] "GET /.env HTTP/1.1" 404 153 "-" "sqlmap/1.7"
this line is garbage
198.51.100.4 - bob [10/Oct/2023:15:20:00 +0000] "GET /api/items?page=2 HTTP/1.1" 200 5120 "-" "curl/8.1"
198.51.100.4 - bob [10/Oct/2023:15:20:01 +0000] "DELETE /api/items/7 HTTP/1.1" 500 87 "-" "curl/8.1"
"""

LINE = re.compile(r"""
    (?P<ip>\d{1,3}(?:\.\d{1,3}){3}) \s+ - \s+ (?P<user>\S+) \s+
    \[(?P<when>[^\]]+)\] \s+
    "(?P<method>[A-Z]+) \s (?P<path>[^\s?"]+)(?:\?(?P<query>[^\s"]*))? \s HTTP/(?P<ver>[\d.]+)" \s+
    (?P<status>\d{3}) \s+ (?P<size>\d+|-) \s+ "(?P<ref>[^"]*)" \s+ "(?P<agent>[^"]*)"
""", re.VERBOSE)


def coroutine(fn):
    @wraps(fn)
    def start(*args, **kwargs):
        gen = fn(*args, **kwargs)
        next(gen)
        return gen
    return start


@coroutine
def parser(target, rejects):
    try:
        while True:
            line = yield
            m = LINE.match(line)
            if not m:
                rejects.append(line)
                continue
            rec = m.groupdict()
            rec["when"] = datetime.strptime(rec["when"], "%d/%b/%Y:%H:%M:%S %z")
            rec["status"] = int(rec["status"])
            rec["size"] = 0 if rec["size"] == "-" else int(rec["size"])
            target.send(rec)
    finally:
        target.close()


@coroutine
def burst_detector(target, window=timedelta(seconds=5), limit=3):
    recent = defaultdict(deque)
    try:
        while True:
            rec = yield
            q = recent[rec["ip"]]
            q.append(rec["when"])
            while q and rec["when"] - q[0] > window:
                q.popleft()
            if len(q) >= limit:
                rec["burst"] = len(q)
            target.send(rec)
    finally:
        target.close()


@coroutine
def aggregator(summary):
    per_hour = Counter()
    per_status = Counter()
    bytes_by_ip = Counter()
    try:
        while True:
            try:
                rec = yield
            except ValueError as e:
                summary.setdefault("notes", []).append(f"told: {e}")
                continue
            per_hour[rec["when"].strftime("%H:00")] += 1
            per_status[rec["status"] // 100 * 100] += 1
            bytes_by_ip[rec["ip"]] += rec["size"]
            if "burst" in rec:
                summary.setdefault("bursts", []).append(
                    (rec["ip"], rec["when"].time().isoformat(), rec["burst"]))
            if rec["query"]:
                summary.setdefault("queries", []).append(rec["query"])
    except GeneratorExit:
        summary["hours"] = sorted(per_hour.items())
        summary["status"] = sorted(per_status.items())
        summary["top"] = bytes_by_ip.most_common(2)
        raise


summary, rejects = {}, []
agg = aggregator(summary)
pipe = parser(burst_detector(agg), rejects)
for line in LOG.splitlines():
    pipe.send(line)
agg.throw(ValueError("manual note"))
pipe.close()
for key in sorted(summary):
    print(f"{key:>8}: {summary[key]}")
print("rejects:", rejects)
m = LINE.match(LOG.splitlines()[1])
print(m.group("user", "method"), m.span("path"), m.start("status"), m.lastgroup)
print(re.sub(r"(?P<a>\d+)\.(?P<b>\d+)\.\d+\.\d+", r"\g<b>.\g<a>.x.x", "ip 10.20.30.40 end"))
print(re.findall(r"(?<=/)[a-z]+(?=\.)", "/index.html /img/logo.png /admin"))
print(re.split(r"\s*[,;]\s*", "a , b;c ;d"), re.subn(r"o", "0", "foo boo"))
print(bool(re.fullmatch(r"(?i)get|post", "POST")), re.escape("a.b*c"))
