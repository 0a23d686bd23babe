import reprlib
from collections import deque
import array

print(reprlib.__all__)
r = reprlib.Repr()
print(sorted(vars(r).items()))
print(r.repr([1, 2, 3, 4, 5, 6, 7, 8]), r.repr([1, 2, 3, 4, 5, 6]), r.repr([]))
print(r.repr('a' * 50), r.repr("short"), r.repr('q' * 40 + "'\n"))
print(r.repr(set(range(20))), r.repr(frozenset(range(3))), r.repr(set()), r.repr(frozenset()))
print(r.repr({i: str(i) * i for i in range(10)}), r.repr({}))
print(r.repr(2 ** 200), r.repr(-(10 ** 50)), r.repr(12345))
print(r.repr(tuple(range(10))), r.repr((1,)), r.repr(()))
print(r.repr(deque(range(10))), r.repr(deque()))
print(r.repr(array.array('i', range(10))), r.repr(array.array('d')), r.repr(array.array('b', [1])))
print(reprlib.repr([[[[[[[[1]]]]]]]]), reprlib.repr({1: {2: {3: {4: {5: {6: {7: {}}}}}}}}))
print(reprlib.repr([[[[[[[]]]]]]]), reprlib.repr((((((((),),),),),),)))
print(reprlib.repr(bytes(range(50))), reprlib.repr(None), reprlib.repr(1.5))
print(r.repr({3, "a", 1}) in ("{1, 3, 'a'}", "{1, 'a', 3}", "{3, 1, 'a'}", "{3, 'a', 1}", "{'a', 1, 3}", "{'a', 3, 1}"))
print(r.repr({2: 'b', 1: 'a', 'c': 0}))


class Broken:
    def __repr__(self):
        raise ValueError("no")


class Long:
    def __repr__(self):
        return 'L' * 10 + 'y' * 40


s = r.repr(Broken())
print(s.startswith('<Broken instance at 0x'), s.endswith('>'))
print(r.repr(Long()), r.repr([Long()]))

r2 = reprlib.Repr()
r2.maxlist = 2
r2.maxlevel = 2
r2.fillvalue = '<>'
r2.maxstring = 3
r2.maxlong = 5
r2.maxother = 7
print(r2.repr([[1, [2, [3]]], 2, 3]), r2.repr('abcdefgh'), r2.repr(123456789), r2.repr(Long()))
r2.maxstring = 0
print(r2.repr('abcdefg'), r2.repr(''))


class MyRepr(reprlib.Repr):
    def repr_float(self, x, level):
        return "%.2f" % x

    def repr_NoneType(self, x, level):
        return "nil"


m = MyRepr()
print(m.repr([1.23456, None, [2.5]]))


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        """Node repr."""
        return '<%s %r>' % (self.name, self.children)


a = Node('a')
b = Node('b')
a.children.append(b)
b.children.append(a)
a.children.append(a)
print(repr(a), repr(b))
print(Node.__repr__.__name__, Node.__repr__.__qualname__, Node.__repr__.__doc__)
print(hasattr(Node.__repr__, '__wrapped__'))


class Other:
    @reprlib.recursive_repr('<loop>')
    def __repr__(self):
        return 'Other(%r)' % (self.me,)


o = Other()
o.me = [o]
print(repr(o))
