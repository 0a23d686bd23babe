"""An AVL tree: a self-balancing binary search tree with insert, delete and
order-statistics, checked against a sorted list after every operation."""

import random


class Node:
    __slots__ = ("key", "value", "left", "right", "height", "size")

    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.left = None
        self.right = None
        self.height = 1
        self.size = 1

    def __repr__(self):
        return f"Node({self.key!r}, h={self.height}, n={self.size})"


def height(node):
    return node.height if node else 0


def size(node):
    return node.size if node else 0


def update(node):
    node.height = 1 + max(height(node.left), height(node.right))
    node.size = 1 + size(node.left) + size(node.right)


def rotate_right(y):
    x = y.left
    y.left = x.right
    x.right = y
    update(y)
    update(x)
    return x


def rotate_left(x):
    y = x.right
    x.right = y.left
    y.left = x
    update(x)
    update(y)
    return y


def balance(node):
    update(node)
    bf = height(node.left) - height(node.right)
    if bf > 1:
        if height(node.left.left) < height(node.left.right):
            node.left = rotate_left(node.left)
        return rotate_right(node)
    if bf < -1:
        if height(node.right.right) < height(node.right.left):
            node.right = rotate_right(node.right)
        return rotate_left(node)
    return node


class AVLTree:
    def __init__(self):
        self.root = None
        self.rotations = 0

    def __len__(self):
        return size(self.root)

    def __contains__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False

    def insert(self, key, value=None):
        def go(node):
            if node is None:
                return Node(key, value)
            if key < node.key:
                node.left = go(node.left)
            elif key > node.key:
                node.right = go(node.right)
            else:
                node.value = value
                return node
            return balance(node)
        self.root = go(self.root)

    def delete(self, key):
        def pop_min(node):
            if node.left is None:
                return node.right, node
            node.left, smallest = pop_min(node.left)
            return balance(node), smallest

        def go(node):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = go(node.left)
            elif key > node.key:
                node.right = go(node.right)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                node.right, succ = pop_min(node.right)
                succ.left, succ.right = node.left, node.right
                node = succ
            return balance(node)
        self.root = go(self.root)

    def __iter__(self):
        stack, node = [], self.root
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            yield node.key
            node = node.right

    def kth(self, k):
        """The k-th smallest key (0-based)."""
        node = self.root
        while node:
            left = size(node.left)
            if k < left:
                node = node.left
            elif k == left:
                return node.key
            else:
                k -= left + 1
                node = node.right
        raise IndexError("kth out of range")

    def rank(self, key):
        """How many keys are smaller than key."""
        r, node = 0, self.root
        while node:
            if key <= node.key:
                node = node.left
            else:
                r += size(node.left) + 1
                node = node.right
        return r

    def check(self):
        def go(node, lo, hi):
            if node is None:
                return 0
            assert lo is None or node.key > lo, (node, lo)
            assert hi is None or node.key < hi, (node, hi)
            lh = go(node.left, lo, node.key)
            rh = go(node.right, node.key, hi)
            assert abs(lh - rh) <= 1, f"unbalanced at {node}"
            assert node.height == 1 + max(lh, rh)
            return node.height
        return go(self.root, None, None)

    def pretty(self):
        lines = []

        def go(node, prefix, is_left):
            if node is None:
                return
            go(node.right, prefix + ("|   " if is_left else "    "), False)
            lines.append(prefix + ("\\-- " if is_left else "/-- ") + str(node.key))
            go(node.left, prefix + ("    " if is_left else "|   "), True)
        go(self.root, "", True)
        return "\n".join(lines)


rng = random.Random(2024)
tree = AVLTree()
model = []
for step in range(300):
    k = rng.randrange(200)
    if rng.random() < 0.65:
        tree.insert(k, str(k))
        if k not in model:
            model.append(k)
            model.sort()
    elif model:
        victim = rng.choice(model)
        tree.delete(victim)
        model.remove(victim)
    assert list(tree) == model, step
    tree.check()

print("size:", len(tree), "height:", tree.check())
print("first ten:", list(tree)[:10])
print("kth(0), kth(10), kth(-1):", tree.kth(0), tree.kth(10), tree.kth(len(tree) - 1))
print("rank(100):", tree.rank(100), "vs", sum(1 for x in model if x < 100))
print("contains 42?", 42 in tree, "contains 199?", 199 in tree)

try:
    tree.delete(-5)
except KeyError as e:
    print("delete missing ->", repr(e))
try:
    tree.kth(10_000)
except IndexError as e:
    print("kth ->", e)

small = AVLTree()
for k in [50, 20, 70, 10, 30, 60, 80, 25, 35, 5]:
    small.insert(k)
print(small.pretty())
print("root:", small.root, "slots:", Node.__slots__)
sorted_insert = AVLTree()
for k in range(1, 128):
    sorted_insert.insert(k)
print("127 ascending inserts -> height", sorted_insert.check())
