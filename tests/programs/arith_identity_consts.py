# Identity of constants: merged within a compilation unit, folded expressions, small ints.
a = 1000
b = 1000
print(a is b)
c = 999 + 1
print(c is a)
def f():
    return 1000
def g():
    return 1000
print(f() is f(), f() is g(), f() is a)
x = 2 ** 10
y = 1024
print(x is y)
s = "hello world"
t = "hello world"
print(s is t)
u = "hel" "lo"
print(u == "hello")
big1 = 10 ** 20
big2 = 10 ** 20
print(big1 is big2)
tup1 = (1, 2, 3)
tup2 = (1, 2, 3)
print(tup1 is tup2)
n = -5
m = -6
print(n is int("-5"), m is int("-6"))
k = 3.5
l = 3.5
print(k is l)
def h(v):
    return v + 0
print(h(300) is h(300), h(100) is h(100))
lst = [x for x in range(250, 260)]
print([v is int(str(v)) for v in lst])
two, n256, one = 2, 256, 1
print((1).__add__(1) is two, (255 + one) is n256)
q = 10
print((q ** 2) is (q * 10), (q ** 3) is (q * 100))
