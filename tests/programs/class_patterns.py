# Typical user classes: trees, money values, stacks, properties, __init_subclass__, tuple subclass.
class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
    def __repr__(self):
        return f"Node({self.val!r}, {self.children!r})"
    def __iter__(self):
        yield self.val
        for c in self.children:
            yield from c
    def __eq__(self, other):
        return isinstance(other, Node) and self.val == other.val and self.children == other.children
    __hash__ = None
tree = Node(1, [Node(2, [Node(4)]), Node(3)])
print(tree, list(tree), sum(tree), Node(1) == Node(1), Node(1) != Node(2), 4 in tree)
try:
    hash(tree)
except TypeError as e:
    print(e)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, o):
        return Money(self.cents + (o.cents if isinstance(o, Money) else o))
    __radd__ = __add__
    def __lt__(self, o):
        return self.cents < o.cents
    def __eq__(self, o):
        return self.cents == o.cents
    def __hash__(self):
        return hash(self.cents)
    def __str__(self):
        return f"${self.cents / 100:.2f}"
    def __repr__(self):
        return f"Money({self.cents})"
    def __format__(self, spec):
        return format(str(self), spec)
    def __bool__(self):
        return self.cents != 0
    def __int__(self):
        return self.cents
wallet = [Money(150), Money(25), Money(1000)]
print(sum(wallet), sorted(wallet), max(wallet), min(wallet), f"{Money(5):>10}", str(Money(12345)), bool(Money(0)), int(Money(7)))
print({Money(1): "a"}[Money(1)], len({Money(1), Money(1), Money(2)}), Money(3) in wallet, wallet.index(Money(25)))
import sys
class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
        return self
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def __len__(self):
        return len(self._items)
    def __repr__(self):
        return f"Stack({self._items})"
    def __contains__(self, x):
        return x in self._items
    def __getitem__(self, i):
        return self._items[i]
s = Stack().push(1).push(2).push(3)
print(s, len(s), 2 in s, s[0], s[-1], s[1:], list(reversed(s)), s.pop(), s)
try:
    Stack().pop()
except IndexError as e:
    print("IndexError:", e)
class Temperature:
    def __init__(self):
        self._c = 0.0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        self._c = float(v)
    @property
    def fahrenheit(self):
        return self._c * 1.8 + 32
    @fahrenheit.setter
    def fahrenheit(self, v):
        self._c = (v - 32) / 1.8
t = Temperature()
t.fahrenheit = 212
print(t.celsius, t.fahrenheit)
t.celsius = -40
print(t.fahrenheit, vars(t))
class Base:
    registry = []
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Base.registry.append(cls.__name__)
class P1(Base): pass
class P2(Base): pass
class P3(P1): pass
print(Base.registry)
class Vector(tuple):
    def __new__(cls, *xs):
        return super().__new__(cls, xs)
    def __add__(self, o):
        return Vector(*(a + b for a, b in zip(self, o)))
    def __repr__(self):
        return "Vector" + super().__repr__()
print(Vector(1, 2) + Vector(3, 4), len(Vector(1, 2, 3)), Vector(1) == (1,), isinstance(Vector(), tuple))
