# Identity of ints: the small-int cache and constant folding as CPython 3.11 shows them.
x = 50 + 50
y = 200 // 2
print(x is y)
n = 10
print(n ** 3 is n * 100)
a = 256
b = 255 + 1
print(a is b)
c = 257
d = int("257")
print(c is d, c == d)
e = -5
f = int("-5")
print(e is f)
g = -6
h = int("-6")
print(g is h)
i = int("100")
j = 99 + int("1")
print(i is j)
k = 1000
m = int("1000")
print(k is m)
lst = [int(str(v)) for v in range(-5, 257)]
print(all(p is q for p, q in zip(lst, range(-5, 257))))
big = [int("300"), int("300")]
print(big[0] is big[1])
t = (1, 2)
s1 = "hello"
s2 = "hel" + "lo"
print(s1 == s2)
print(True is True, None is None, ... is Ellipsis, NotImplemented is NotImplemented)
zero, one = 0, 1
print(zero is False, one is True, bool(1) is True, bool(0) is False)
