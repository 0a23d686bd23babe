# The commonest builtin methods called directly by the dispatch loop behave as their
# general entries: wrong argument counts, other receivers, subclasses and unbound calls.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


s = set()
attempt("add", lambda: s.add(1))
attempt("add none", lambda: s.add())
attempt("add two", lambda: s.add(1, 2))
attempt("add unhashable", lambda: s.add([]))
attempt("add kw", lambda: s.add(key=1))
attempt("discard", lambda: s.discard(1))
attempt("discard missing", lambda: s.discard(5))
attempt("discard none", lambda: s.discard())
attempt("discard set key", lambda: s.discard({1}))
attempt("unbound add", lambda: set.add(s, 3))
attempt("unbound add int", lambda: set.add(5, 3))
attempt("unbound add frozenset", lambda: set.add(frozenset(), 3))
print(sorted(s))


class S(set):
    pass


t = S()
t.add(4)
t.discard(9)
print(type(t).__name__, sorted(t))

l = [1, 2, 3]
attempt("append", lambda: l.append(4))
attempt("append none", lambda: l.append())
attempt("append two", lambda: l.append(1, 2))
attempt("pop", lambda: l.pop())
attempt("pop index", lambda: l.pop(0))
attempt("pop str", lambda: l.pop("x"))
attempt("pop far", lambda: l.pop(10))
attempt("pop two", lambda: l.pop(1, 2))
attempt("pop empty", lambda: [].pop())
attempt("unbound append", lambda: list.append(l, 9))
attempt("unbound append tuple", lambda: list.append((), 9))
attempt("unbound pop", lambda: list.pop(l))
attempt("unbound pop none", lambda: list.pop())
print(l)


class L(list):
    def pop(self, *a):
        return ("mine", super().pop(*a))


m = L([1, 2])
m.append(3)
print(m.pop(), m)

d = {"a": 1}
attempt("get", lambda: d.get("a"))
attempt("get missing", lambda: d.get("b"))
attempt("get default", lambda: d.get("b", 0))
attempt("get none", lambda: d.get())
attempt("get unhashable", lambda: d.get([]))
attempt("unbound get", lambda: dict.get(d, "a"))
attempt("unbound get list", lambda: dict.get([], "a"))


class D(dict):
    def __missing__(self, k):
        return "missing"


e = D(x=1)
print(e.get("x"), e.get("y"), e["y"])


class K:
    def __hash__(self):
        return hash("a")

    def __eq__(self, other):
        print("eq called")
        return other == "a"


print(d.get(K()))
s.add(K())
print(len(s))

for call in ["set.add()", "list.pop()", "dict.get()", "tuple.index()", "range.count()",
             "set.union()", "list.append(())", "dict.keys(1)",
             "set.pop(frozenset())", "set.clear(frozenset())",
             "tuple.count([], 1)", "range.index([], 1)"]:
    attempt(call, lambda: eval(call))
from collections import deque
d = deque([1,2])
d.append(3); d.appendleft(0); print(d.pop(), d.popleft(), d)
for c in ["deque.append()", "deque.append([], 1)", "deque.pop(d, 1)", "d.popleft(1)", "deque().pop()", "deque().popleft()", "d.append(1, 2)"]:
    try: print(eval(c))
    except Exception as e: print(type(e).__name__, e)
class Q(deque):
    def append(self, x): super().append(x * 10)
q = Q(); q.append(1); print(q)
dd = {1: 2}
print(dd.keys(), dd.values(), dd.items(), list(dd.items()))
for c in ["dd.keys(1)", "dict.items([])", "dict.values()"]:
    try: print(eval(c))
    except Exception as e: print(type(e).__name__, e)
s = {1, 2, frozenset({3})}
s.remove(1)
try: s.remove(1)
except KeyError as e: print("KeyError", e)
s.remove({3}); print(s)
s.discard({9}); print(s)
def gen():
    yield 1
    yield 2
for x in gen(): print(x)
g = gen()
for x in g:
    for y in g: print("inner", y)
    print("outer", x)
