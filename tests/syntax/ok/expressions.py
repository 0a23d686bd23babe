1 + 2 * 3 - 4 / 5 // 6 % 7
2 ** 3 ** 4
-2 ** 2
(-2) ** 2
-x ** -y
~x + +y - -z
a << 1 >> 2
a & b | c ^ d
a | b & c
not a and b or c
a or b or c
a and b and c
(a or b) or c
a and (b and c)
not not x
a < b <= c > d >= e == f != g
a in b not in c
a is b is not c
x if y else z
x if y else z if w else v
lambda: 0
lambda x: x
lambda x, y=1, *args, z, w=2, **kw: x
lambda *, k: k
lambda x, /, y: x
a @ b
a.b.c
a[1]
a[1:2]
a[1:2:3]
a[:]
a[::]
a[::2]
a[1:]
a[:2]
a[1, 2]
a[1:2, 3]
a[1:2, ::3]
a[()]
a[(1, 2)]
a[x:=1]
a[*b]
a[1,]
f()
f(a)
f(a, b)
f(a, *b)
f(*a, *b)
f(a=1)
f(a, b=1, *c, d=2, **e)
f(**a, **b)
f(*a, b=1, *c)
f(x for x in y)
f((x for x in y))
f(x for x in y if x)
f(a)(b)(c)
f(a).b[c](d)
x.y.z()
...
None
True
False
