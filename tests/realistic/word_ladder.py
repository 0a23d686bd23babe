"""Word ladders, anagram classes and a spelling trie over a small built-in word list."""
from collections import defaultdict, deque
import string

WORDS = """cold cord card ward warm word worm wore core care dare date gate game came
cane lane line fine fire hire here hare harm farm form foam loam team tear sear seat
beat bent best test text tent rent rant pant part dart dirt girt gilt silt salt malt
melt meld mold bold bolt boat coat cost most mist list lust last past pest nest neat
heat head heal real read road load lead lean mean moan loan lain rain gain grin grit
stop spot pots tops post opts evil vile live veil lives elvis listen silent enlist tinsel
inlets angel glean angle""".split()


def neighbours_index(words):
    buckets = defaultdict(list)
    for w in words:
        for i in range(len(w)):
            buckets[w[:i] + "_" + w[i + 1:]].append(w)
    return buckets


def ladder(start, goal, words):
    words = set(w for w in words if len(w) == len(start))
    if goal not in words:
        return None
    buckets = neighbours_index(words)
    prev = {start: None}
    queue = deque([start])
    while queue:
        w = queue.popleft()
        if w == goal:
            path = []
            while w:
                path.append(w)
                w = prev[w]
            return path[::-1]
        for i in range(len(w)):
            for nxt in buckets[w[:i] + "_" + w[i + 1:]]:
                if nxt not in prev:
                    prev[nxt] = w
                    queue.append(nxt)
    return None


def all_shortest(start, goal, words):
    words = set(w for w in words if len(w) == len(start))
    layer = {start: [[start]]}
    seen = {start}
    while layer and goal not in layer:
        nxt = defaultdict(list)
        for w, paths in layer.items():
            for i in range(len(w)):
                for c in string.ascii_lowercase:
                    cand = w[:i] + c + w[i + 1:]
                    if cand in words and cand not in seen:
                        nxt[cand] += [p + [cand] for p in paths]
        seen.update(nxt)
        layer = nxt
    return sorted(layer.get(goal, []))


class Trie:
    def __init__(self):
        self.root = {}

    def add(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = True

    def starts(self, prefix):
        node = self.root
        for ch in prefix:
            if ch not in node:
                return []
            node = node[ch]
        out = []
        stack = [(node, prefix)]
        while stack:
            n, p = stack.pop()
            for k in sorted(n, reverse=True):
                if k == "$":
                    out.append(p)
                else:
                    stack.append((n[k], p + k))
        return sorted(out)

    def count(self):
        def walk(n):
            return ("$" in n) + sum(walk(v) for k, v in n.items() if k != "$")
        return walk(self.root)


def main():
    for a, b in [("cold", "warm"), ("head", "tail"), ("fire", "game"), ("stop", "post"), ("beat", "salt"), ("mean", "grin")]:
        path = ladder(a, b, WORDS)
        print(f"{a} -> {b}:", " > ".join(path) if path else "no ladder", f"({len(path) - 1} steps)" if path else "")
    print("all shortest cold->warm:")
    for p in all_shortest("cold", "warm", WORDS):
        print("  ", "-".join(p))
    groups = defaultdict(list)
    for w in WORDS:
        groups["".join(sorted(w))].append(w)
    anagrams = sorted((sorted(g) for g in groups.values() if len(g) > 1), key=lambda g: (-len(g), g))
    print("anagram classes:", anagrams)
    t = Trie()
    for w in WORDS:
        t.add(w)
    print("trie words:", t.count(), "| unique:", len(set(WORDS)))
    for prefix in ("ma", "le", "st", "x", "l"):
        found = t.starts(prefix)
        print(f"  {prefix!r}: {found[:8]}{' ...' if len(found) > 8 else ''} ({len(found)})")
    hist = defaultdict(int)
    for w in WORDS:
        hist[w[0]] += 1
    print("".join(f"{k}{v}" for k, v in sorted(hist.items())))


main()
