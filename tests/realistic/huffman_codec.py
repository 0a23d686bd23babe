"""Huffman coding: build a code table, encode text to bytes and decode it back."""
import heapq
import itertools
import struct
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional


@dataclass(order=True)
class Node:
    freq: int
    order: int
    symbol: Optional[str] = field(default=None, compare=False)
    left: Optional["Node"] = field(default=None, compare=False, repr=False)
    right: Optional["Node"] = field(default=None, compare=False, repr=False)

    @property
    def is_leaf(self) -> bool:
        return self.symbol is not None


def build_tree(text: str) -> Node:
    counter = itertools.count()
    heap = [Node(f, next(counter), s) for s, f in sorted(Counter(text).items())]
    heapq.heapify(heap)
    if len(heap) == 1:
        only = heapq.heappop(heap)
        return Node(only.freq, next(counter), None, only, None)
    while len(heap) > 1:
        a = heapq.heappop(heap)
        b = heapq.heappop(heap)
        heapq.heappush(heap, Node(a.freq + b.freq, next(counter), None, a, b))
    return heap[0]


def code_table(node: Node, prefix: str = "", table: Optional[dict] = None) -> dict:
    if table is None:
        table = {}
    if node.is_leaf:
        table[node.symbol] = prefix or "0"
    else:
        if node.left:
            code_table(node.left, prefix + "0", table)
        if node.right:
            code_table(node.right, prefix + "1", table)
    return table


def encode(text: str, table: dict) -> bytes:
    bits = "".join(table[c] for c in text)
    pad = (8 - len(bits) % 8) % 8
    bits += "0" * pad
    body = int(bits, 2).to_bytes(len(bits) // 8, "big") if bits else b""
    return struct.pack(">IB", len(text), pad) + body


def decode(blob: bytes, root: Node) -> str:
    n, pad = struct.unpack_from(">IB", blob)
    body = blob[struct.calcsize(">IB"):]
    bits = "".join(f"{byte:08b}" for byte in body)
    if pad:
        bits = bits[:-pad]
    out = []
    node = root
    for bit in bits:
        node = node.left if bit == "0" else node.right
        if node.is_leaf:
            out.append(node.symbol)
            node = root
        if len(out) == n:
            break
    return "".join(out)


SAMPLES = [
    "abracadabra",
    "aaaaaaaa",
    "the quick brown fox jumps over the lazy dog",
    "mississippi river banks — ñandú ☃",
    "",
]

for text in SAMPLES:
    if not text:
        print("empty input: nothing to encode")
        continue
    root = build_tree(text)
    table = code_table(root)
    blob = encode(text, table)
    back = decode(blob, root)
    ratio = len(blob) / len(text.encode())
    print(f"{text[:20]!r:24} {len(text.encode()):3d}B -> {len(blob):3d}B ratio={ratio:.2%} ok={back == text}")
    width = max(len(c) for c in table.values())
    for sym, code in sorted(table.items(), key=lambda kv: (len(kv[1]), kv[1]))[:6]:
        print(f"    {sym!r:6} {code:<{width}} freq={text.count(sym)}")
    print("   ", blob[:12].hex(" "), "...", repr(root)[:40])

avg = sum(len(code_table(build_tree(s))[c]) for s in SAMPLES if s for c in s)
print("total bits:", avg)
