"""Summarise a batch of fake HTTP responses by status class."""
from http import HTTPStatus
from collections import Counter, defaultdict
import json

RESPONSES = [
    ("/index.html", 200, 5120), ("/missing", 404, 312), ("/api/users", 200, 2048),
    ("/api/login", 401, 120), ("/old", 301, 0), ("/api/orders", 500, 88),
    ("/api/orders", 503, 64), ("/img/logo.png", 304, 0), ("/api/users", 201, 512),
    ("/teapot", 418, 42), ("/api/items", 422, 230), ("/index.html", 200, 5120),
]


def status_class(code):
    status = HTTPStatus(code)
    for name, rng in [("informational", range(100, 200)), ("success", range(200, 300)),
                      ("redirect", range(300, 400)), ("client error", range(400, 500)),
                      ("server error", range(500, 600))]:
        if status.value in rng:
            return name
    return "unknown"


by_class = defaultdict(list)
for path, code, size in RESPONSES:
    by_class[status_class(code)].append((path, HTTPStatus(code)))

for cls in sorted(by_class):
    print(f"{cls.title():<14} {len(by_class[cls]):>3}")
    for path, st in by_class[cls]:
        print(f"    {st.value} {st.phrase:<22} {path}")

counts = Counter(code for _, code, _ in RESPONSES)
for code, n in counts.most_common(3):
    st = HTTPStatus(code)
    print(f"{st!r} x{n}: {st.description}")

print(HTTPStatus.OK == 200, HTTPStatus.NOT_FOUND.name, int(HTTPStatus.IM_A_TEAPOT))
print(HTTPStatus["BAD_GATEWAY"], HTTPStatus(502) is HTTPStatus.BAD_GATEWAY)
print(str(HTTPStatus.CREATED), format(HTTPStatus.CREATED, "d"), f"{HTTPStatus.ACCEPTED}")
try:
    HTTPStatus(299)
except ValueError as e:
    print("ValueError:", e)
print(len(HTTPStatus), [s.name for s in HTTPStatus][:5])
print(json.dumps({"status": HTTPStatus.OK, "codes": sorted(set(counts))}))
errors = sum(n for code, n in counts.items() if HTTPStatus(code) >= 400)
print(f"error rate: {errors / len(RESPONSES):.1%}")
