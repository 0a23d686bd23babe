"""A prefix trie with __missing__ children, a Levenshtein-bounded search, a BK-tree,
and a soundex index: a small spelling assistant over a fixed word list."""
from collections import defaultdict, Counter
from dataclasses import dataclass, field
from functools import lru_cache
from heapq import nsmallest
import unicodedata

WORDS = """the of and to in is was he for it with as his on be at by had are but from or
have an they which one you were her all she there would their we him been has when who
will more no if out so said what up its about into than them can only other new some
could time these two may then do first any my now such like our over man me even most
made after also did many before must through back years where much your way well down
should because each just those people how too little state good very make world still
own see men work long get here between both life being under never day same another
know while last might us great old year off come since against go came right used take
three states himself few house use during without again place american around however
home small found mrs thought went say part once general high upon school every don does
got united left number course war until always away something fact though water less
public put think almost hand enough far took head yet government system better set told
nothing night end why called didn eyes find going look asked later knew point next
program city business give group toward young days let room president side social given
present several order national possible rather second face per among form important often
things looked early white case john become large big need four within felt children along
saw best church ever least power development light thing seemed family interest want""".split()


class Children(dict):
    def __missing__(self, ch):
        node = self[ch] = Node()
        return node


@dataclass
class Node:
    children: Children = field(default_factory=Children)
    count: int = 0

    @property
    def terminal(self):
        return self.count > 0


class Trie:
    def __init__(self, words=()):
        self.root = Node()
        self.size = 0
        for w in words:
            self.add(w)

    def add(self, word):
        node = self.root
        for ch in word:
            node = node.children[ch]
        if not node.terminal:
            self.size += 1
        node.count += 1

    def _find(self, prefix):
        node = self.root
        for ch in prefix:
            if ch not in node.children:
                return None
            node = node.children[ch]
        return node

    def __contains__(self, word):
        node = self._find(word)
        return bool(node and node.terminal)

    def __len__(self):
        return self.size

    def __iter__(self):
        yield from self._walk(self.root, "")

    def _walk(self, node, prefix):
        if node.terminal:
            yield prefix
        for ch in sorted(node.children):
            yield from self._walk(node.children[ch], prefix + ch)

    def complete(self, prefix, limit=5):
        node = self._find(prefix)
        if node is None:
            return []
        found = [(prefix + rest, n.count) for rest, n in self._nodes(node, "")]
        return [w for w, _ in sorted(found, key=lambda wc: (-wc[1], wc[0]))[:limit]]

    def _nodes(self, node, prefix):
        if node.terminal:
            yield prefix, node
        for ch in sorted(node.children):
            yield from self._nodes(node.children[ch], prefix + ch)

    def fuzzy(self, word, max_dist):
        """Words within max_dist edits, by walking the trie with one DP row per node."""
        results = []
        first = list(range(len(word) + 1))

        def walk(node, ch, prev_row, prefix):
            row = [prev_row[0] + 1]
            for i in range(1, len(word) + 1):
                cost = 0 if word[i - 1] == ch else 1
                row.append(min(row[i - 1] + 1, prev_row[i] + 1, prev_row[i - 1] + cost))
            if node.terminal and row[-1] <= max_dist:
                results.append((row[-1], prefix))
            if min(row) <= max_dist:
                for c in sorted(node.children):
                    walk(node.children[c], c, row, prefix + c)

        for c in sorted(self.root.children):
            walk(self.root.children[c], c, first, c)
        return sorted(results)

    def longest_common_prefix(self):
        node, out = self.root, []
        while len(node.children) == 1 and not node.terminal:
            (ch, node), = node.children.items()
            out.append(ch)
        return "".join(out)


@lru_cache(maxsize=4096)
def levenshtein(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return levenshtein(a[1:], b[1:])
    return 1 + min(levenshtein(a[1:], b), levenshtein(a, b[1:]), levenshtein(a[1:], b[1:]))


class BKTree:
    def __init__(self, distance):
        self.distance = distance
        self.tree = None

    def add(self, word):
        if self.tree is None:
            self.tree = (word, {})
            return
        node = self.tree
        while True:
            w, kids = node
            d = self.distance(word, w)
            if d == 0:
                return
            if d not in kids:
                kids[d] = (word, {})
                return
            node = kids[d]

    def search(self, word, radius):
        out, stack = [], [self.tree]
        while stack:
            w, kids = stack.pop()
            d = self.distance(word, w)
            if d <= radius:
                out.append((d, w))
            stack.extend(child for k, child in kids.items() if d - radius <= k <= d + radius)
        return sorted(out)


def soundex(name):
    codes = {**dict.fromkeys("bfpv", "1"), **dict.fromkeys("cgjkqsxz", "2"), **dict.fromkeys("dt", "3"),
             "l": "4", **dict.fromkeys("mn", "5"), "r": "6"}
    name = unicodedata.normalize("NFKD", name.lower())
    name = "".join(c for c in name if c.isascii() and c.isalpha())
    if not name:
        return ""
    out, last = [name[0].upper()], codes.get(name[0])
    for c in name[1:]:
        code = codes.get(c)
        if code and code != last:
            out.append(code)
        if c not in "hw":
            last = code
    return ("".join(out) + "000")[:4]


trie = Trie(WORDS)
print(len(WORDS), "words,", len(trie), "distinct;", "the" in trie, "th" in trie, "zebra" in trie)
for prefix in ("th", "go", "pre", "wor", "x", ""):
    print(f"complete({prefix!r}) -> {trie.complete(prefix)}")
print(list(trie)[:12])
for typo in ("teh", "wrld", "goverment", "peple", "chuch", "xyzzy"):
    print(f"{typo:<10} trie: {trie.fuzzy(typo, 2)[:4]}")
bk = BKTree(levenshtein)
for w in sorted(set(WORDS)):
    bk.add(w)
for typo in ("hous", "becuse", "nite"):
    print(f"{typo:<8} bk: {bk.search(typo, 2)[:5]}")
print(nsmallest(3, set(WORDS), key=lambda w: (levenshtein("thnig", w), w)))
print(levenshtein.cache_info().hits > 0, levenshtein("kitten", "sitting"), levenshtein("", "abc"))
print(Trie(["interview", "internet", "internal", "interval"]).longest_common_prefix(), repr(Trie(["a", "b"]).longest_common_prefix()))
index = defaultdict(list)
for name in ["Robert", "Rupert", "Rubin", "Ashcraft", "Ashcroft", "Tymczak", "Pfister", "Honeyman", "Müller", "Mueller", "Miller", "Lloyd"]:
    index[soundex(name)].append(name)
for code, names in sorted(index.items()):
    print(code, names)
letters = Counter(ch for w in WORDS for ch in w)
print(letters.most_common(6), sum(letters.values()))
