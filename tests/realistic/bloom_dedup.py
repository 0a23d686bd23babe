"""Deduplicating a stream of URLs with a Bloom filter and a count-min sketch (hashlib, bytearray)."""
import hashlib
import math
import random
import struct
from urllib.parse import urlsplit, urlunsplit, parse_qsl, urlencode


class BloomFilter:
    def __init__(self, capacity, error_rate):
        self.size = math.ceil(-capacity * math.log(error_rate) / math.log(2) ** 2)
        self.hashes = max(1, round(self.size / capacity * math.log(2)))
        self.bits = bytearray((self.size + 7) // 8)
        self.count = 0

    def _positions(self, item):
        digest = hashlib.sha256(item.encode("utf-8")).digest()
        h1, h2 = struct.unpack_from("<QQ", digest)
        return [(h1 + i * h2) % self.size for i in range(self.hashes)]

    def add(self, item):
        new = False
        for p in self._positions(item):
            byte, bit = divmod(p, 8)
            if not self.bits[byte] & (1 << bit):
                new = True
                self.bits[byte] |= 1 << bit
        self.count += new
        return new

    def __contains__(self, item):
        return all(self.bits[p // 8] & (1 << (p % 8)) for p in self._positions(item))

    def fill_ratio(self):
        return sum(bin(b).count("1") for b in self.bits) / self.size


class CountMin:
    def __init__(self, width, depth):
        self.width, self.depth = width, depth
        self.table = [[0] * width for _ in range(depth)]

    def _cells(self, item):
        for row in range(self.depth):
            h = int.from_bytes(hashlib.md5(bytes([row]) + item.encode()).digest()[:8], "big")
            yield row, h % self.width

    def add(self, item, n=1):
        for r, c in self._cells(item):
            self.table[r][c] += n

    def estimate(self, item):
        return min(self.table[r][c] for r, c in self._cells(item))


def normalise(url):
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if parts.port and parts.port != {"http": 80, "https": 443}.get(parts.scheme):
        host += f":{parts.port}"
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query) if not k.startswith("utm_")))
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme.lower(), host, path, query, ""))


def make_stream(rng, n):
    hosts = ["example.org", "Example.org", "shop.example.com", "news.example.net:8080"]
    paths = ["/", "/about", "/about/", "/item", "/search"]
    for _ in range(n):
        q = []
        if rng.random() < 0.5:
            q.append(("id", str(rng.randint(1, 30))))
        if rng.random() < 0.3:
            q.append(("utm_source", rng.choice(["mail", "ad"])))
        if rng.random() < 0.2:
            q.append(("page", str(rng.randint(1, 3))))
        rng.shuffle(q)
        scheme = rng.choice(["http", "https"])
        host = rng.choice(hosts)
        port = ":80" if scheme == "http" and ":" not in host and rng.random() < 0.1 else ""
        yield f"{scheme}://{host}{port}{rng.choice(paths)}" + (("?" + urlencode(q)) if q else "") + ("#top" if rng.random() < 0.1 else "")


def main():
    rng = random.Random(77)
    bloom = BloomFilter(capacity=500, error_rate=0.01)
    sketch = CountMin(64, 4)
    exact = {}
    false_pos = 0
    stream = list(make_stream(rng, 800))
    for raw in stream:
        url = normalise(raw)
        seen_before = url in bloom
        if seen_before and url not in exact:
            false_pos += 1
        bloom.add(url)
        sketch.add(url)
        exact[url] = exact.get(url, 0) + 1
    print(f"bloom: {bloom.size} bits, {bloom.hashes} hashes, fill {bloom.fill_ratio():.3f}")
    print(f"stream {len(stream)} urls, {len(exact)} distinct, bloom counted {bloom.count}, false positives {false_pos}")
    print("examples:")
    for raw in stream[:6]:
        print(f"  {raw:<58} -> {normalise(raw)}")
    top = sorted(exact.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    print("top urls (exact vs sketch):")
    for url, n in top:
        print(f"  {n:>3} {sketch.estimate(url):>3}  {url}")
    over = sum(sketch.estimate(u) - n for u, n in exact.items())
    print("total overestimate:", over, "max:", max(sketch.estimate(u) - n for u, n in exact.items()))
    probes = [f"https://never.example/{i}" for i in range(2000)]
    fp = sum(p in bloom for p in probes)
    print(f"probe false-positive rate: {fp / len(probes):.4f}")
    print(hashlib.sha1(b"".join(u.encode() for u in sorted(exact))).hexdigest())


main()
