"""A doubly linked list with the sequence protocol: slicing, reversed, in-place ops."""
from collections.abc import MutableSequence
from itertools import islice, chain
import copy


class Node:
    __slots__ = ("value", "prev", "next")

    def __init__(self, value):
        self.value = value
        self.prev = self.next = None


class LinkedList(MutableSequence):
    def __init__(self, iterable=()):
        self._head = self._tail = None
        self._size = 0
        self.extend(iterable)

    def _node_at(self, index):
        if index < 0:
            index += self._size
        if not 0 <= index < self._size:
            raise IndexError("LinkedList index out of range")
        if index < self._size // 2:
            node = self._head
            for _ in range(index):
                node = node.next
        else:
            node = self._tail
            for _ in range(self._size - 1 - index):
                node = node.prev
        return node

    def __len__(self):
        return self._size

    def __iter__(self):
        node = self._head
        while node:
            yield node.value
            node = node.next

    def __reversed__(self):
        node = self._tail
        while node:
            yield node.value
            node = node.prev

    def __getitem__(self, index):
        if isinstance(index, slice):
            return type(self)(list(self)[index])
        return self._node_at(index).value

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            items = list(self)
            items[index] = value
            self.clear()
            self.extend(items)
            return
        self._node_at(index).value = value

    def __delitem__(self, index):
        if isinstance(index, slice):
            for i in sorted(range(*index.indices(self._size)), reverse=True):
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
        self._size -= 1

    def insert(self, index, value):
        new = Node(value)
        if index < 0:
            index = max(0, index + self._size)
        if index >= self._size:
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
        self._size += 1

    def rotate(self, n=1):
        if self._size:
            n %= self._size
            for _ in range(n):
                self.insert(0, self.pop())

    def __repr__(self):
        return f"LinkedList([{', '.join(map(repr, self))}])"

    def __eq__(self, other):
        if isinstance(other, LinkedList):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    def __add__(self, other):
        return type(self)(chain(self, other))

    def __mul__(self, n):
        return type(self)(chain.from_iterable([self] * n))


ll = LinkedList("abcde")
print(ll, len(ll), ll[0], ll[-1], ll[1:4], ll[::-2])
print(list(reversed(ll)), "c" in ll, ll.index("d"), ll.count("a"))
ll.append("f"); ll.insert(0, "_"); ll.insert(-1, "e2"); ll.insert(100, "end")
print(ll)
ll[2] = "B"; ll[-1] = "END"
del ll[0]; del ll[::3]
print(ll, len(ll))
ll[1:3] = ["x", "y", "z"]
print(ll)
ll.rotate(2); print("rotate 2:", ll)
ll.rotate(-1); print("rotate -1:", ll)
ll.reverse(); print("reversed:", ll)
ll += ["p", "q"]
print(ll, ll.pop(), ll.pop(0), ll.remove("x") or ll)
print(ll + LinkedList([1, 2]), LinkedList([0]) * 3, LinkedList() == LinkedList([]))
clone = copy.deepcopy(ll)
clone[0] = "changed"
print(ll[0], clone[0], ll == clone, ll == LinkedList(ll))
print(list(islice(ll, 2, None)), sorted(ll), max(ll), ll.__class__.__mro__[1].__name__)
try:
    ll[99]
except IndexError as exc:
    print("IndexError:", exc)
try:
    LinkedList().pop()
except IndexError as exc:
    print("IndexError:", exc)
nums = LinkedList(range(10))
del nums[1::2]
print(nums, sum(nums), [n * n for n in reversed(nums)])
