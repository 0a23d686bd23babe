x = 1
x, y = 1, 2
(x, y) = 1, 2
[x, y] = 1, 2
x, = y
[x] = y
(x) = 1
x.y = 1
x[0] = 1
x[1:2] = y
x.y.z, a[0] = 1, 2
a, *b = c
*a, b = c
a, *b, c = d
[a, [b, *c]] = d
(a, (b, c)) = d
x = y = z = 0
x = yield_ = 1
x: int
x: int = 1
x.y: str
x[0]: int = 1
(x): int = 2
x: list[int] = []
x = *a, *b
x = 1 if y else 2
x += yield_
