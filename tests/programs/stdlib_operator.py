# the operator module
import operator as op
from operator import itemgetter, attrgetter, methodcaller

print(op.add(2, 3), op.sub(2, 3), op.mul(2, 3), op.truediv(7, 2), op.floordiv(7, 2))
print(op.mod(7, 3), op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-3.5), op.invert(5), op.inv(0))
print(op.lshift(1, 4), op.rshift(256, 3), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.gt(1, 2), op.ge(3, 3))
print(op.not_(0), op.not_([1]), op.truth([]), op.truth("x"), op.is_(None, None), op.is_not(1, None))
print(op.add("ab", "cd"), op.add([1], [2]), op.mul("ab", 3), op.mod("%d-%s", (1, "x")))
print(op.concat("ab", "cd"), op.concat([1], [2, 3]), op.contains([1, 2], 2), op.contains("abc", "z"))
print(op.countOf([1, 2, 1, 1.0], 1), op.indexOf("hello", "l"), op.index(7), op.index(True))
print(op.getitem([1, 2, 3], 1), op.getitem("abcdef", slice(1, None, 2)), op.getitem({"k": 1}, "k"))
lst = [1, 2, 3]
op.setitem(lst, 0, 9)
op.delitem(lst, 1)
print(lst, op.length_hint([1, 2, 3]), op.length_hint(iter([1, 2])), op.length_hint(5), op.length_hint(5, 7))
it = iter(range(10))
next(it)
print(op.length_hint(it), op.length_hint(iter(()), 3))
print(op.call(max, 3, 9, 2), op.call(sorted, [3, 1], reverse=True))

# in-place forms mutate mutable objects and rebind immutable ones
a = [1]
b = op.iadd(a, [2])
print(a, b, b is a)
s = "x"
t = op.iadd(s, "y")
print(s, t, op.imul([0], 3), op.isub(5, 2), op.ipow(2, 5), op.ior({1}, {2}), op.iconcat([1], (2,)))
print(op.itruediv(1, 4), op.ifloordiv(9, 2), op.imod(9, 4), op.ilshift(1, 3), op.irshift(8, 1))
print(op.iand(6, 3), op.ixor(6, 3), op.imul(2, 4))

# dunder aliases are the same functions
print(op.__add__ is op.add, op.__lt__(1, 2), op.__not__(1), op.add.__name__, op.__index__(3))

# itemgetter
print(itemgetter(1)("abc"), itemgetter(1, 0)("abc"), itemgetter("k")({"k": 5}))
print(itemgetter(slice(1, 3))([1, 2, 3, 4]), itemgetter(0, 0)([7]))
records = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(records, key=itemgetter(1)), sorted(records, key=itemgetter(0)))
print(list(map(itemgetter(0), records)), max(records, key=itemgetter(1)))
print(itemgetter(1), itemgetter(1, "a"), type(itemgetter(1)), itemgetter(1) == itemgetter(1))

# attrgetter
class P:
    def __init__(self, name, age, inner=None):
        self.name, self.age, self.inner = name, age, inner
people = [P("x", 30), P("y", 20, P("z", 5))]
print(attrgetter("name")(people[0]), attrgetter("name", "age")(people[1]))
print(attrgetter("inner.name")(people[1]), attrgetter("inner.inner")(people[1]))
print([p.name for p in sorted(people, key=attrgetter("age"))])
print(attrgetter("real", "imag")(3), attrgetter("a.b", "c"), attrgetter("__class__.__name__")(1))

# methodcaller
print(methodcaller("upper")("abc"), methodcaller("split", ",")("a,b,c"))
print(methodcaller("replace", "a", "b", 1)("aaa"), methodcaller("get", "k", 0)({}))
print(methodcaller("f", 1, k=2), methodcaller("strip"), methodcaller("sort", reverse=True))
l = [3, 1, 2]
methodcaller("sort", reverse=True)(l)
print(l)

for f in (lambda: op.add(1), lambda: op.neg(1, 2), lambda: op.neg(), lambda: op.not_(1, 2),
          lambda: op.index(1.5), lambda: op.concat(1, 2), lambda: op.concat([1], (2,)),
          lambda: op.iconcat(1, 2), lambda: op.indexOf([1, 2], 3), lambda: op.length_hint(5, "a"),
          lambda: op.matmul(1, 2), lambda: op.lt(1, "a"), lambda: op.truediv(1, 0),
          lambda: itemgetter(), lambda: itemgetter(1, foo=2), lambda: itemgetter(1)([1]),
          lambda: itemgetter(0)(1), lambda: attrgetter(1), lambda: attrgetter("x")(1),
          lambda: attrgetter("a")(), lambda: methodcaller(), lambda: methodcaller(1),
          lambda: methodcaller("nope")(1), lambda: op.getitem([], 0), lambda: op.delitem({}, 1)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
