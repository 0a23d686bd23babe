# collections.deque: both ends, indexing, bounds, rotation, errors
from collections import deque

d = deque()
for i in range(5):
    d.append(i)
    d.appendleft(-i)
print(d, len(d), d[0], d[-1], d[4])
print(d.pop(), d.popleft(), d)
d.extend("ab")
d.extendleft("xy")
print(d)
print(d.count(0), d.index(1), d.index("a", 2), 3 in d, 99 in d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d.rotate(len(d) * 5 + 1)
print(d)
d.reverse()
print(d)
d.remove("a")
d.insert(1, "ins")
d.insert(-1, "neg")
d.insert(100, "end")
d.insert(-100, "start")
print(d)
d[0] = "first"
d[-1] = "last"
del d[1]
del d[-2]
print(d, list(reversed(d)))
c = d.copy()
c.clear()
print(c, d == c, bool(c), bool(d))

# bounded deques drop from the other end
b = deque(range(5), maxlen=3)
print(b, b.maxlen)
b.append(10)
print(b)
b.appendleft(-1)
print(b)
b.extend([20, 21])
print(b)
b.extendleft([7, 8, 9, 10])
print(b)
print(deque(maxlen=0), deque("abc", 0), deque([1, 2], maxlen=None).maxlen)
z = deque(maxlen=0)
z.append(1)
print(z, len(z))

# big deques cross block boundaries at both ends
big = deque()
for i in range(300):
    big.append(i)
    big.appendleft(-i)
print(len(big), big[0], big[-1], big[300], sum(big), big[150], big[-150])
for _ in range(290):
    big.pop()
    big.popleft()
print(big, len(big))
big2 = deque(range(1000))
big2.rotate(333)
print(big2[0], big2[-1], big2[500])
while big2:
    big2.pop()
print(big2)
big2.extend(range(70))
print(big2[69], big2.index(65))

# operators
p = deque([1, 2])
q = deque([3])
print(p + q, p * 2, 2 * p, deque("ab") * 0, p)
p += [9, 8]
print(p)
p *= 2
print(p)
m = deque([1, 2, 3], maxlen=4)
m *= 3
print(m)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([2, 1]), deque([1]) < deque([1, 0]))
print(deque([1, 2, 3]) > deque([1, 2]), deque([]) <= deque([]), deque([1]) == [1])
print(deque("abc")), print(deque([deque([1])]))
rec = deque([1])
rec.append(rec)
print(rec)

# iteration and mutation
it = iter(deque([1, 2, 3]))
print(next(it), list(it))
print(list(reversed(deque("abc"))), type(iter(deque())).__name__, type(reversed(deque())).__name__)
dd = deque([1, 2, 3])
try:
    for x in dd:
        dd.append(x)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    for x in dd:
        dd[0] = 5
    print("assignment does not invalidate", list(dd))
except RuntimeError as e:
    print("RuntimeError", e)

class Sub(deque):
    pass
s = Sub([1, 2, 3])
s.append(4)
print(s, len(s), s[1], isinstance(s, deque), list(s), s.pop())

print(deque.__name__, deque.__module__, type(deque()), deque)

for f in (lambda: deque([1, 2]).remove(5), lambda: deque([1]).index(5), lambda: deque([1, 2]).index(1, 1),
          lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
          lambda: deque([1])[1:2], lambda: deque(maxlen=-1), lambda: deque(maxlen="a"),
          lambda: deque([1], 2, 3), lambda: deque(5), lambda: hash(deque()),
          lambda: deque() + [1], lambda: deque([1, 2], maxlen=2).insert(0, 5),
          lambda: deque([1]) < [1], lambda: deque([1]).rotate("a"), lambda: deque.append(),
          lambda: deque().append(), lambda: deque([1])["x"], lambda: deque().insert("x", 1),
          lambda: deque([1]).__setitem__(9, 1), lambda: deque([1]).__delitem__(-2),
          lambda: deque(foo=1), lambda: deque([1]).extend(5), lambda: deque().pop(1)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
