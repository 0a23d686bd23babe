"""Linked list, binary search tree and iterator protocol implementations."""


class ListNode:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self._len = 0
        for x in reversed(list(iterable)):
            self.push(x)

    def push(self, value):
        self.head = ListNode(value, self.head)
        self._len += 1

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __len__(self):
        return self._len

    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        if i < 0:
            i += len(self)
        for k, v in enumerate(self):
            if k == i:
                return v
        raise IndexError("LinkedList index out of range")

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev

    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)


class BST:
    class _Node:
        def __init__(self, key, val):
            self.key, self.val = key, val
            self.left = self.right = None

    def __init__(self):
        self.root = None
        self.size = 0

    def __setitem__(self, key, val):
        def insert(node):
            if node is None:
                self.size += 1
                return BST._Node(key, val)
            if key < node.key:
                node.left = insert(node.left)
            elif key > node.key:
                node.right = insert(node.right)
            else:
                node.val = val
            return node
        self.root = insert(self.root)

    def __getitem__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return node.val
            node = node.left if key < node.key else node.right
        raise KeyError(key)

    def __delitem__(self, key):
        def delete(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = delete(node.left, key)
            elif key > node.key:
                node.right = delete(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key, node.val = succ.key, succ.val
                node.right = delete(node.right, succ.key)
                return node
            return node
        self.root = delete(self.root, key)
        self.size -= 1

    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False

    def __iter__(self):
        stack, node = [], self.root
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            yield node.key
            node = node.right

    def height(self, node=..., ):
        if node is ...:
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

    def __len__(self):
        return self.size

    def items(self):
        return [(k, self[k]) for k in self]


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


ll = LinkedList([3, 1, 4, 1, 5])
print(ll, len(ll), ll[2], ll[-1], ll[1:4], 4 in ll, sum(ll))
ll.reverse()
print(ll, ll == LinkedList([5, 1, 4, 1, 3]), list(map(str, ll)))
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
tree = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    tree[k] = str(k)
print(list(tree), len(tree), tree.height(), 35 in tree, 36 in tree)
del tree[30]
del tree[50]
print(list(tree), tree.items()[:3], tree.height())
try:
    del tree[999]
except KeyError as e:
    print("KeyError:", e)
cd = Countdown(5)
print(list(cd), list(cd), next(iter(Countdown(2))))
it = iter(Countdown(3))
print(next(it), next(it), next(it), next(it, "done"))
print(sorted(Countdown(4)), max(Countdown(6)), dict(zip(Countdown(3), "abc")))


class Range2D:
    def __init__(self, w, h):
        self.w, self.h = w, h

    def __getitem__(self, i):
        if i >= self.w * self.h:
            raise IndexError
        return divmod(i, self.w)

    def __len__(self):
        return self.w * self.h


print(list(Range2D(3, 2)), (1, 2) in Range2D(3, 2), list(reversed(Range2D(2, 2))))
