"""Tries, suffix arrays and the Burrows-Wheeler transform on a small corpus."""


class TrieNode:
    __slots__ = ("children", "count", "terminal")

    def __init__(self):
        self.children = {}
        self.count = 0
        self.terminal = 0


class Trie:
    def __init__(self, words=()):
        self.root = TrieNode()
        self.size = 0
        for w in words:
            self.insert(w)

    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
            node.count += 1
        if not node.terminal:
            self.size += 1
        node.terminal += 1

    def __contains__(self, word):
        node = self._walk(word)
        return bool(node and node.terminal)

    def __len__(self):
        return self.size

    def _walk(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def with_prefix(self, prefix):
        node = self._walk(prefix)
        if node is None:
            return
        stack = [(node, prefix)]
        while stack:
            node, word = stack.pop()
            if node.terminal:
                yield word
            for ch in sorted(node.children, reverse=True):
                stack.append((node.children[ch], word + ch))

    def longest_common_prefix(self):
        node, prefix = self.root, ""
        while len(node.children) == 1 and not node.terminal:
            (ch, node), = node.children.items()
            prefix += ch
        return prefix

    def shortest_unique_prefixes(self):
        result = {}
        for word in self.with_prefix(""):
            node = self.root
            for i, ch in enumerate(word, 1):
                node = node.children[ch]
                if node.count == 1:
                    result[word] = word[:i]
                    break
            else:
                result[word] = word
        return result


words = "car card care careful cart carton cat catalog dog dot dote door".split()
t = Trie(words)
print(len(t), "car" in t, "ca" in t, "carts" in t)
print(list(t.with_prefix("car")), list(t.with_prefix("do")), list(t.with_prefix("x")))
print(t.shortest_unique_prefixes())
print(repr(Trie(["interview", "internet", "interval"]).longest_common_prefix()))


def suffix_array(s):
    return sorted(range(len(s)), key=lambda i: s[i:])


def lcp_array(s, sa):
    rank = [0] * len(s)
    for i, p in enumerate(sa):
        rank[p] = i
    lcp, h = [0] * len(s), 0
    for i in range(len(s)):
        if rank[i] > 0:
            j = sa[rank[i] - 1]
            while i + h < len(s) and j + h < len(s) and s[i + h] == s[j + h]:
                h += 1
            lcp[rank[i]] = h
            if h:
                h -= 1
        else:
            h = 0
    return lcp


def longest_repeat(s):
    sa = suffix_array(s)
    lcp = lcp_array(s, sa)
    best = max(range(len(s)), key=lambda i: lcp[i])
    return s[sa[best]: sa[best] + lcp[best]]


def find_all(s, sa, pattern):
    lo, hi = 0, len(sa)
    while lo < hi:
        mid = (lo + hi) // 2
        if s[sa[mid]:sa[mid] + len(pattern)] < pattern:
            lo = mid + 1
        else:
            hi = mid
    out = []
    while lo < len(sa) and s[sa[lo]:].startswith(pattern):
        out.append(sa[lo])
        lo += 1
    return sorted(out)


text = "banana"
sa = suffix_array(text)
for i in sa:
    print(f"{i:>2} {text[i:]}")
print("lcp", lcp_array(text, sa))
corpus = "to be or not to be that is the question whether tis nobler in the mind to suffer"
sa2 = suffix_array(corpus)
print(repr(longest_repeat(corpus)), find_all(corpus, sa2, "to"), find_all(corpus, sa2, "the"), find_all(corpus, sa2, "zzz"))
print(repr(longest_repeat("mississippi")), repr(longest_repeat("abcdefg")))


def bwt(s, eos="$"):
    s += eos
    table = sorted(s[i:] + s[:i] for i in range(len(s)))
    return "".join(row[-1] for row in table)


def inverse_bwt(b, eos="$"):
    table = [""] * len(b)
    for _ in range(len(b)):
        table = sorted(b[i] + table[i] for i in range(len(b)))
    return next(row for row in table if row.endswith(eos))[:-1]


def rle(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}" if j - i > 1 else s[i])
        i = j
    return "".join(out)


def mtf_encode(s):
    alphabet = sorted(set(s))
    out = []
    for ch in s:
        idx = alphabet.index(ch)
        out.append(idx)
        alphabet.insert(0, alphabet.pop(idx))
    return out


for sample in ["banana", "abracadabra", "mississippi", "the rain in spain stays mainly"]:
    b = bwt(sample)
    print(f"{sample!r:>34} -> {b!r:<34} rle={rle(b)!r} back={inverse_bwt(b) == sample}")
print(mtf_encode(bwt("bananabanana")))
