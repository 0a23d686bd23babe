"""An ordered map on an AVL tree with the mapping protocol, range queries and traversals."""
from collections.abc import MutableMapping
import random


class _Node:
    __slots__ = ("key", "value", "left", "right", "height")

    def __init__(self, key, value):
        self.key, self.value = key, value
        self.left = self.right = None
        self.height = 1


def _h(n):
    return n.height if n else 0


def _fix(n):
    n.height = 1 + max(_h(n.left), _h(n.right))


def _rotate_right(n):
    l = n.left
    n.left, l.right = l.right, n
    _fix(n); _fix(l)
    return l


def _rotate_left(n):
    r = n.right
    n.right, r.left = r.left, n
    _fix(n); _fix(r)
    return r


def _balance(n):
    _fix(n)
    bf = _h(n.left) - _h(n.right)
    if bf > 1:
        if _h(n.left.left) < _h(n.left.right):
            n.left = _rotate_left(n.left)
        return _rotate_right(n)
    if bf < -1:
        if _h(n.right.right) < _h(n.right.left):
            n.right = _rotate_right(n.right)
        return _rotate_left(n)
    return n


class TreeMap(MutableMapping):
    def __init__(self, items=(), **kw):
        self._root = None
        self._len = 0
        self.rotations = 0
        self.update(items, **kw)

    def __len__(self):
        return self._len

    def __getitem__(self, key):
        n = self._root
        while n:
            if key == n.key:
                return n.value
            n = n.left if key < n.key else n.right
        raise KeyError(key)

    def __setitem__(self, key, value):
        def ins(n):
            if n is None:
                self._len += 1
                return _Node(key, value)
            if key == n.key:
                n.value = value
                return n
            if key < n.key:
                n.left = ins(n.left)
            else:
                n.right = ins(n.right)
            return _balance(n)
        self._root = ins(self._root)

    def __delitem__(self, key):
        def delete(n):
            if n is None:
                raise KeyError(key)
            if key < n.key:
                n.left = delete(n.left)
            elif key > n.key:
                n.right = delete(n.right)
            else:
                if not n.left or not n.right:
                    self._len -= 1
                    return n.left or n.right
                succ = n.right
                while succ.left:
                    succ = succ.left
                n.key, n.value = succ.key, succ.value
                k = key
                n.right = _delete_min(n.right)
                self._len -= 1
            return _balance(n)

        def _delete_min(n):
            if n.left is None:
                return n.right
            n.left = _delete_min(n.left)
            return _balance(n)

        self._root = delete(self._root)

    def __iter__(self):
        stack, n = [], self._root
        while stack or n:
            while n:
                stack.append(n)
                n = n.left
            n = stack.pop()
            yield n.key
            n = n.right

    def __reversed__(self):
        def walk(n):
            if n:
                yield from walk(n.right)
                yield n.key
                yield from walk(n.left)
        return walk(self._root)

    def __repr__(self):
        return "TreeMap({" + ", ".join(f"{k!r}: {v!r}" for k, v in self.items()) + "})"

    def height(self):
        return _h(self._root)

    def range(self, lo, hi):
        def walk(n):
            if n is None:
                return
            if lo < n.key:
                yield from walk(n.left)
            if lo <= n.key < hi:
                yield n.key, n.value
            if n.key < hi:
                yield from walk(n.right)
        return list(walk(self._root))

    def floor(self, key):
        n, best = self._root, None
        while n:
            if n.key <= key:
                best = n.key
                n = n.right
            else:
                n = n.left
        return best

    def levels(self):
        out, level = [], [self._root] if self._root else []
        while level:
            out.append([n.key for n in level])
            level = [c for n in level for c in (n.left, n.right) if c]
        return out


def main():
    tm = TreeMap()
    for i in range(1, 16):
        tm[i] = i * i
    print("sequential 1..15: height", tm.height(), "levels", tm.levels())
    rng = random.Random(8)
    words = TreeMap()
    for w in "the quick brown fox jumps over the lazy dog and then sleeps under a tree".split():
        words[w] = words.get(w, 0) + 1
    print(words)
    print(len(words), "the" in words, "cat" in words, list(reversed(words))[:4])
    print("range c..m:", words.range("c", "m"), "floor('p'):", words.floor("p"), "floor('0'):", words.floor("0"))
    del words["the"]
    words.pop("fox")
    print(words.setdefault("zebra", 9), words.popitem(), len(words))
    try:
        del words["missing"]
    except KeyError as e:
        print("KeyError", e)
    keys = rng.sample(range(1000), 200)
    big = TreeMap((k, str(k)) for k in keys)
    for k in keys[:150]:
        del big[k]
    print("after deletes:", len(big), "height", big.height(), list(big)[:10])
    assert list(big) == sorted(keys[150:])
    print(big == dict.fromkeys(keys[150:], None), dict(big.items()) == {k: str(k) for k in keys[150:]})
    print(TreeMap(a=1, b=2).keys(), list(TreeMap({3: "c", 1: "a"}).values()), isinstance(tm, MutableMapping))


main()
