"""Inspect pickles of an application's records with pickletools."""
import pickle
import pickletools
import io
from collections import OrderedDict, namedtuple
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

Point = namedtuple("Point", "x y")


@dataclass
class Invoice:
    number: int
    customer: str
    lines: list = field(default_factory=list)
    paid: bool = False


shared = ["shared", "list"]
records = {
    "ints": [0, 1, 255, 256, 65535, 65536, -1, 2 ** 31, 2 ** 70, -(2 ** 70)],
    "floats": (1.5, -0.0, 1e100),
    "text": ["", "ascii", "naïve ☃", "x" * 300],
    "bytes": [b"", b"\x00\xff", bytearray(b"ba")],
    "containers": [(), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), set(), {1, 2}, frozenset({3}), {}],
    "shared": [shared, shared],
    "flags": [True, False, None],
}

for proto in range(0, 6):
    data = pickle.dumps(records["containers"], protocol=proto)
    out = io.StringIO()
    pickletools.dis(data, out)
    lines = out.getvalue().splitlines()
    print(f"protocol {proto}: {len(data)} bytes, {len(lines)} lines, {lines[-1]}")

pickletools.dis(pickle.dumps(records, protocol=2))
pickletools.dis(pickle.dumps([Point(1, 2), Invoice(7, "ACME", [("bolt", 3)])], protocol=4), annotate=1)
pickletools.dis(pickle.dumps({"when": date(2024, 3, 1), "amount": Decimal("12.50"), "od": OrderedDict(a=1)}, protocol=0), indentlevel=2)

for proto in (0, 1, 2, 4, 5):
    raw = pickle.dumps([shared, shared, records["text"], records["text"]], protocol=proto)
    opt = pickletools.optimize(raw)
    same = pickle.loads(opt) == pickle.loads(raw)
    puts = sum(1 for op, _, _ in pickletools.genops(raw) if "PUT" in op.name or op.name == "MEMOIZE")
    puts_opt = sum(1 for op, _, _ in pickletools.genops(opt) if "PUT" in op.name or op.name == "MEMOIZE")
    print(f"proto {proto}: {len(raw)} -> {len(opt)} bytes, memo stores {puts} -> {puts_opt}, equal={same}")
print(pickletools.optimize(pickle.dumps([shared, shared], protocol=4)))
print(pickletools.optimize(pickle.dumps((1, "a", "a"), protocol=0)))

ops = [(op.name, arg, pos) for op, arg, pos in pickletools.genops(pickle.dumps(Point(3, 4), 3))]
print(ops)
print(sorted({op.proto for op in pickletools.opcodes}), len(pickletools.opcodes), pickletools.opcodes[0].name)
for bad in (b"", b"K", b"\xff", b"K\x01K\x02.", b"(K\x01.", b"0.", b"g5\n.", b"K\x01p0\np0\n.", b"\x8b\xff\xff\xff\xffK.",
            b"S'ab\\x41'\n.", b"Vsnow \\u2603\n.", b"I01\n.", b"L12L\n.", b"F-2.5\n.", b"e.", b"q\x00."):
    out = io.StringIO()
    try:
        pickletools.dis(bad, out)
        print(repr(bad), "ok", out.getvalue().splitlines()[0])
    except ValueError as e:
        print(repr(bad), "ValueError:", e, "|", out.getvalue().replace("\n", " / "))
