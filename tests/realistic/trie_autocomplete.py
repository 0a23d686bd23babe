"""Autocomplete with a trie, fuzzy matching with edit distance, and ranking."""
from __future__ import annotations
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Dict, Iterator, List, Optional, Tuple
import heapq

CORPUS = """
python programming is fun. programmers program in python and pytorch.
the program printed a pretty print of the problem. probably the problem
was a proper property of the process. processes produce products; products
progress. pyramids and pythons are pretty. print the protocol prototype.
"""


@dataclass
class TrieNode:
    children: Dict[str, "TrieNode"] = field(default_factory=dict)
    count: int = 0
    word: Optional[str] = None


class Trie:
    def __init__(self):
        self.root = TrieNode()
        self.size = 0

    def insert(self, word: str, n: int = 1) -> None:
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
        if node.word is None:
            self.size += 1
            node.word = word
        node.count += n

    def _find(self, prefix: str) -> Optional[TrieNode]:
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def __contains__(self, word: str) -> bool:
        node = self._find(word)
        return bool(node and node.word is not None)

    def __len__(self) -> int:
        return self.size

    def _walk(self, node: TrieNode) -> Iterator[TrieNode]:
        stack = [node]
        while stack:
            n = stack.pop()
            if n.word is not None:
                yield n
            stack.extend(n.children[c] for c in sorted(n.children, reverse=True))

    def words(self, prefix: str = "") -> List[str]:
        node = self._find(prefix)
        return [] if node is None else [n.word for n in self._walk(node)]

    def complete(self, prefix: str, k: int = 3) -> List[Tuple[str, int]]:
        node = self._find(prefix)
        if node is None:
            return []
        best = heapq.nsmallest(k, self._walk(node), key=lambda n: (-n.count, n.word))
        return [(n.word, n.count) for n in best]

    def delete(self, word: str) -> bool:
        path = [(None, self.root)]
        node = self.root
        for ch in word:
            node = node.children.get(ch)
            if node is None:
                return False
            path.append((ch, node))
        if node.word is None:
            return False
        node.word, node.count = None, 0
        self.size -= 1
        for i in range(len(path) - 1, 0, -1):
            ch, n = path[i]
            if n.children or n.word is not None:
                break
            del path[i - 1][1].children[ch]
        return True

    def fuzzy(self, word: str, max_dist: int = 1) -> List[Tuple[int, str]]:
        results = []
        first_row = list(range(len(word) + 1))

        def recurse(node, ch, prev_row):
            row = [prev_row[0] + 1]
            for i in range(1, len(word) + 1):
                cost = 0 if word[i - 1] == ch else 1
                row.append(min(row[i - 1] + 1, prev_row[i] + 1, prev_row[i - 1] + cost))
            if node.word is not None and row[-1] <= max_dist:
                results.append((row[-1], node.word))
            if min(row) <= max_dist:
                for c in sorted(node.children):
                    recurse(node.children[c], c, row)

        for c in sorted(self.root.children):
            recurse(self.root.children[c], c, first_row)
        return sorted(results)

    def longest_common_prefix(self) -> str:
        node, out = self.root, []
        while len(node.children) == 1 and node.word is None:
            ch, node = next(iter(node.children.items()))
            out.append(ch)
        return "".join(out)


def tokenize(text: str) -> List[str]:
    return ["".join(c for c in w if c.isalpha()) for w in text.lower().split()]


counts: Dict[str, int] = defaultdict(int)
for w in tokenize(CORPUS):
    if w:
        counts[w] += 1

trie = Trie()
for w, n in sorted(counts.items()):
    trie.insert(w, n)
print("distinct words:", len(trie))
for prefix in ("p", "pr", "pro", "prog", "py", "the", "x", ""):
    print(f"complete({prefix!r}) ->", trie.complete(prefix, 4))
print("words('prod'):", trie.words("prod"))
print("words('pyt'):", trie.words("pyt"))
for q in ("pythn", "prgram", "problen", "pretty", "zzz"):
    print(f"fuzzy({q!r}) ->", trie.fuzzy(q, 2)[:4])
print("'print' in trie:", "print" in trie, "| 'prin' in trie:", "prin" in trie)
print("delete 'print':", trie.delete("print"), "| again:", trie.delete("print"), "| 'printed' kept:", "printed" in trie)
print("delete 'pyramids':", trie.delete("pyramids"), trie.words("py"), len(trie))

small = Trie()
for w in ("interview", "internet", "interval", "internal"):
    small.insert(w)
print("LCP:", small.longest_common_prefix(), "| after adding 'in':", end=" ")
small.insert("in")
print(small.longest_common_prefix() or "(none)")


def count_nodes(node: TrieNode) -> int:
    return 1 + sum(count_nodes(c) for c in node.children.values())


print("trie nodes:", count_nodes(trie.root), "small nodes:", count_nodes(small.root))
