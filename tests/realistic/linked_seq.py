"""A doubly linked list that behaves like a sequence."""
from collections.abc import MutableSequence
from itertools import islice


class _Node:
    __slots__ = ("value", "prev", "next")

    def __init__(self, value):
        self.value = value
        self.prev = self.next = None


class LinkedList(MutableSequence):
    def __init__(self, iterable=()):
        self._head = self._tail = None
        self._len = 0
        for v in iterable:
            self.append(v)

    def __len__(self):
        return self._len

    def __iter__(self):
        node = self._head
        while node is not None:
            yield node.value
            node = node.next

    def __reversed__(self):
        node = self._tail
        while node:
            yield node.value
            node = node.prev

    def _node_at(self, i):
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError("LinkedList index out of range")
        if i < self._len // 2:
            node = self._head
            for _ in range(i):
                node = node.next
        else:
            node = self._tail
            for _ in range(self._len - 1 - i):
                node = node.prev
        return node

    def __getitem__(self, index):
        if isinstance(index, slice):
            return LinkedList(list(self)[index])
        return self._node_at(index).value

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            items = list(self)
            items[index] = value
            self.clear()
            self.extend(items)
        else:
            self._node_at(index).value = value

    def __delitem__(self, index):
        if isinstance(index, slice):
            for i in sorted(range(*index.indices(len(self))), reverse=True):
                del self[i]
            return
        node = self._node_at(index)
        if node.prev:
            node.prev.next = node.next
        else:
            self._head = node.next
        if node.next:
            node.next.prev = node.prev
        else:
            self._tail = node.prev
        self._len -= 1

    def insert(self, index, value):
        new = _Node(value)
        if index < 0:
            index = max(0, index + self._len)
        if index >= self._len:
            new.prev = self._tail
            if self._tail:
                self._tail.next = new
            else:
                self._head = new
            self._tail = new
        else:
            after = self._node_at(index)
            new.next, new.prev = after, after.prev
            if after.prev:
                after.prev.next = new
            else:
                self._head = new
            after.prev = new
        self._len += 1

    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"

    def __eq__(self, other):
        if not isinstance(other, LinkedList):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))

    def __add__(self, other):
        return LinkedList([*self, *other])

    def __radd__(self, other):
        return LinkedList([*other, *self])


ll = LinkedList("abcdef")
print(ll, len(ll))
print(ll[0], ll[-1], ll[2:5], ll[::-2], ll[10:])
print(list(reversed(ll)), "c" in ll, "z" in ll)
ll.append("g")
ll.insert(0, "start")
ll.insert(-1, "pen")
ll.insert(100, "end")
print(ll)
del ll[1]
del ll[::3]
print(ll, len(ll))
ll[1:3] = ["X", "Y", "Z"]
ll[-1] = "last"
print(ll)
print(ll.index("Z"), ll.count("X"))
ll.reverse()
print(ll)
ll.extend(range(3))
ll += [9, 8]
print(ll, ll.pop(), ll.pop(0))
ll.remove("X")
print(ll)
print(ll + [1], [0] + ll)
print(LinkedList([1, 2]) == LinkedList((1, 2)), LinkedList([1]) == [1])
print(list(islice(ll, 2, None, 2)))
try:
    ll[99]
except IndexError as e:
    print("IndexError:", e)
try:
    ll.remove("nothing")
except ValueError as e:
    print("ValueError:", e)
try:
    ll.index("nothing")
except ValueError as e:
    print("ValueError: index", type(e).__name__)
print(isinstance(ll, MutableSequence), sorted(LinkedList([3, 1, 2])))
empty = LinkedList()
print(empty, bool(empty), list(reversed(empty)))
while ll:
    ll.pop()
print(ll, ll._head, ll._tail)
