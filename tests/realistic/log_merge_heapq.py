"""Merge several already-sorted server logs by timestamp with heapq.merge,
then summarise request latencies per endpoint with percentiles."""
import heapq
import re
from collections import defaultdict, namedtuple
from datetime import datetime, timedelta
from statistics import quantiles

Entry = namedtuple("Entry", "when server method path status ms")
LINE = re.compile(r"(?P<when>\S+ \S+) (?P<method>GET|POST|PUT|DELETE) (?P<path>/\S*) (?P<status>\d{3}) (?P<ms>\d+)ms")


def make_log(server, start, step, paths, seed):
    when = datetime.fromisoformat(start)
    lines = []
    for i in range(12):
        when += timedelta(milliseconds=step * (1 + (i * seed) % 5))
        path = paths[(i + seed) % len(paths)]
        status = 500 if (i * seed) % 11 == 3 else (404 if path.endswith("x") else 200)
        ms = 5 + (i * 37 + seed * 11) % 240
        method = "POST" if path.startswith("/api/order") else "GET"
        lines.append(f"{when.isoformat(sep=' ', timespec='milliseconds')} {method} {path} {status} {ms}ms")
    lines.insert(5, "garbage line that does not parse")
    return lines


def parse(server, lines):
    for line in lines:
        m = LINE.match(line)
        if not m:
            continue
        d = m.groupdict()
        yield Entry(datetime.fromisoformat(d["when"]), server, d["method"], d["path"],
                    int(d["status"]), int(d["ms"]))


if __name__ == "__main__":
    paths = ["/", "/api/items", "/api/orders", "/static/app.js", "/api/x"]
    logs = {
        "web1": make_log("web1", "2024-05-01 10:00:00", 130, paths, 3),
        "web2": make_log("web2", "2024-05-01 10:00:00.050", 170, paths, 5),
        "web3": make_log("web3", "2024-05-01 10:00:01", 90, paths, 7),
    }
    streams = [parse(name, lines) for name, lines in logs.items()]
    merged = list(heapq.merge(*streams, key=lambda e: e.when))
    assert all(a.when <= b.when for a, b in zip(merged, merged[1:]))
    for e in merged[:8]:
        print(e.when.time(), e.server, e.method, e.path, e.status, e.ms)
    print("...", len(merged), "entries")
    by_path = defaultdict(list)
    for e in merged:
        by_path[e.path].append(e.ms)
    print(f"{'endpoint':16}{'n':>3}{'p50':>7}{'p90':>7}{'max':>5}")
    for path, ms in sorted(by_path.items()):
        qs = quantiles(ms, n=10, method="inclusive")
        print(f"{path:16}{len(ms):>3}{qs[4]:>7.1f}{qs[8]:>7.1f}{max(ms):>5}")
    errors = [e for e in merged if e.status >= 500]
    print("errors:", [(e.server, e.when.strftime("%H:%M:%S.%f")[:-3]) for e in errors])
    print("slowest:", heapq.nlargest(3, merged, key=lambda e: e.ms)[0]._asdict())
    print("fastest:", [e.ms for e in heapq.nsmallest(4, merged, key=lambda e: (e.ms, e.when))])
    span = merged[-1].when - merged[0].when
    print("span", span, span.total_seconds(), f"{len(merged) / span.total_seconds():.2f} req/s")
    per_second = defaultdict(int)
    for e in merged:
        per_second[e.when.replace(microsecond=0)] += 1
    print(max(per_second.items(), key=lambda kv: (kv[1], kv[0])))
    h = []
    for e in merged:
        heapq.heappush(h, (-e.ms, e.when, e.path))
        if len(h) > 3:
            heapq.heappop(h)
    print(sorted((-ms, p) for ms, _, p in h))
