if (n := len(a)) > 10:
    print(f"too long ({n} elements)")
while (chunk := read(10)):
    process(chunk)
[y := f(x), y ** 2]
filtered = [y for x in data if (y := f(x)) is not None]
print(x := 1)
f(a, b := 2)
x[y := 1]
{(k := 1): 2}
def h(x=(y := 1)):
    pass
lambda: (z := 1)
assert (a := 1), (b := 2)
stuff = [*range(3), *"ab"]
merged = {**defaults, **overrides, 'k': 'v'}
first, *rest = [1, 2, 3]
head, *middle, tail = range(10)
a = b = c = d = None
x = y if z else w
big = 123456789012345678901234567890 * 2
print(*args, sep='', **kwargs)
print(end='')
matrix @ vector
x = not -y ** ~z
x = a if b else (c if d else e)
x = lambda: (yield)
x = [i for i in range(10) if i % 2 if i % 3]
x = {i: j for i, j in zip(a, b)}
x = (i for i in a for j in b if j)
x = a[1:2, ..., None]
x = a[::-1]
x = a.b[c].d(e)(f)[g:h]
del a[0], b.c
global_var: int = 0
