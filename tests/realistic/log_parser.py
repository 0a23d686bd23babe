import re
from collections import Counter, defaultdict, namedtuple
from datetime import datetime

LOG = """\
2024-03-01 08:00:01,123 INFO  [web-1] GET /index.html 200 512 0.012
2024-03-01 08:00:02,456 INFO  [web-2] GET /about.html 200 1024 0.020
2024-03-01 08:00:02,999 WARN  [web-1] GET /missing 404 0 0.003
2024-03-01 08:00:03,010 INFO  [web-1] POST /api/login 200 87 0.150
2024-03-01 08:00:04,500 ERROR [web-3] POST /api/upload 500 0 2.401
2024-03-01 08:00:05,000 INFO  [web-2] GET /index.html 200 512 0.010
this line is garbage and should be skipped
2024-03-01 08:01:00,000 DEBUG [worker] heartbeat ok
2024-03-01 08:01:10,250 INFO  [web-3] GET /api/items?page=2 200 2048 0.090
2024-03-01 08:01:11,000 WARN  [web-2] GET /admin 403 0 0.001
2024-03-01 08:01:12,700 ERROR [web-1] GET /api/items?page=999 500 0 1.200
2024-03-01 08:02:00,000 INFO  [web-1] GET /index.html 304 0 0.002
2024-03-01 08:02:30,000 INFO  [web-2] GET /static/app.js 200 40960 0.045
2024-03-01 08:02:31,000 INFO  [web-2] GET /static/app.css 200 8192 0.030
2024-03-01 08:03:00,000 ERROR [db] connection reset by peer (retry 1/3)
2024-03-01 08:03:01,000 ERROR [db] connection reset by peer (retry 2/3)
2024-03-01 08:03:02,000 INFO  [db] reconnected after 2 retries
2024-03-01 08:04:00,000 INFO  [web-3] DELETE /api/items/17 204 0 0.070
"""

LINE = re.compile(
    r"^(?P<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}),(?P<ms>\d{3})\s+"
    r"(?P<level>[A-Z]+)\s+\[(?P<source>[\w-]+)\]\s+(?P<msg>.*)$"
)
REQUEST = re.compile(
    r"(?P<method>GET|POST|PUT|DELETE)\s+(?P<path>\S+)\s+(?P<status>\d{3})\s+"
    r"(?P<size>\d+)\s+(?P<secs>\d+\.\d+)"
)

Request = namedtuple("Request", "ts source method path status size secs")


def parse(text):
    entries, requests, bad = [], [], []
    for n, line in enumerate(text.splitlines(), 1):
        m = LINE.match(line)
        if m is None:
            bad.append(n)
            continue
        d = m.groupdict()
        ts = datetime.strptime(d["ts"], "%Y-%m-%d %H:%M:%S").replace(
            microsecond=int(d["ms"]) * 1000)
        entries.append((ts, d["level"], d["source"], d["msg"]))
        r = REQUEST.fullmatch(d["msg"])
        if r:
            requests.append(Request(ts, d["source"], r["method"], r["path"],
                                    int(r["status"]), int(r["size"]),
                                    float(r["secs"])))
    return entries, requests, bad


entries, requests, bad = parse(LOG)
print(f"{len(entries)} entries, {len(requests)} requests, bad lines: {bad}")

levels = Counter(level for _, level, _, _ in entries)
print("Levels:", levels.most_common())
print("Sources:", sorted(Counter(e[2] for e in entries).items()))

status_classes = Counter(f"{r.status // 100}xx" for r in requests)
print("Status classes:", dict(sorted(status_classes.items())))

paths = Counter(re.sub(r"\?.*$", "", r.path) for r in requests)
print("Top paths:")
for path, n in paths.most_common(3):
    print(f"  {n:3d}  {path}")

by_method = defaultdict(list)
for r in requests:
    by_method[r.method].append(r.secs)
for method in sorted(by_method):
    times = by_method[method]
    print(f"{method:<7} n={len(times)} avg={sum(times) / len(times):.3f}s max={max(times):.3f}s")

slow = [r for r in requests if r.secs > 1.0]
for r in slow:
    print(f"SLOW {r.ts:%H:%M:%S}.{r.ts.microsecond // 1000:03d} {r.method} {r.path} ({r.secs}s)")

total_bytes = sum(r.size for r in requests)
print(f"Bytes served: {total_bytes} ({total_bytes / 1024:.1f} KiB)")

errors = [e for e in entries if e[1] == "ERROR"]
retry = re.compile(r"retry (\d+)/(\d+)")
for ts, _, src, msg in errors:
    m = retry.search(msg)
    extra = f" attempt {m.group(1)} of {m.group(2)}" if m else ""
    print(f"ERROR from {src:<6} at {ts.time()}: {msg[:30]!r}{extra}")

span = entries[-1][0] - entries[0][0]
print("Span:", span, "seconds:", span.total_seconds())

per_minute = Counter(e[0].strftime("%H:%M") for e in entries)
for minute, n in sorted(per_minute.items()):
    print(f"{minute} {'#' * n}")

words = Counter(w.lower() for e in entries for w in re.findall(r"[a-zA-Z]{4,}", e[3]))
print(sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
combined = levels + Counter({"INFO": 1, "FATAL": 0})
print(combined["INFO"], combined["FATAL"], "FATAL" in combined, sorted(combined.elements())[:3])
levels.subtract({"INFO": 5})
print(sorted(levels.items()), levels.total())
