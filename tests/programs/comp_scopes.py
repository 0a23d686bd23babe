# Comprehensions: nesting, conditions, their own scope, class-body edge cases, walrus.
print([x * y for x in range(3) for y in range(3) if x != y], [[j for j in range(i)] for i in range(4)])
print({k: v for k, v in zip("abc", range(3))}, {x % 3 for x in range(10)}, list(x for x in "hi"))
x = "outer x"
squares = [x * x for x in range(4)]
print(x, squares)
print([(i, c) for i, c in enumerate("ab") if c != "z" if i >= 0])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)], [v for row in matrix for v in row if v % 2])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
class C:
    factor = 10
    values = [1, 2, 3]
    scaled = [v * 2 for v in values]
    try:
        bad = [v * factor for v in values]
    except NameError as e:
        err = str(e)
    ok = [f * 2 for f in [factor, factor + 1]]
print(C.scaled, C.err, C.ok)
if (n := 10) > 5:
    print("walrus", n)
data = [1, 5, 12, 3, 20]
print([y for v in data if (y := v * 2) > 10], y)
print([total := 0] and [total := total + v for v in range(5)], total)
def f():
    [z := i for i in range(3)]
    return z
print(f())
while (chunk := data[:2]):
    print(chunk)
    data = data[2:]
print({(a, b) for a in range(2) for b in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print([i for i in range(10) if i % 2 == 0 if i % 3 == 0], [a + b for a, b in [(1, 2), (3, 4)]])
print(sum(i for i in range(101)), dict((i, i * i) for i in range(3)), sorted({c for c in "banana"}))
gen = (i * 2 for i in range(3))
print(list(gen), list(gen))
nested = [[(i, j) for j in range(2)] for i in range(2)]
print(nested)
print([[x for x in range(y)] for y in range(3)], [(lambda v: v + 1)(q) for q in range(3)])
def outer():
    k = 5
    return [k * j for j in range(3)]
print(outer())
def closure_in_comp():
    return [(lambda: m)() for m in range(3)]
print(closure_in_comp())
print([c for c in "abc" if c in {"a", "c"}], [str(i) for i in range(3)])
first_gen_iter = (v for v in [1, 2, 3])
print(next(first_gen_iter), sum(first_gen_iter))
try:
    print([undefined_var for _ in range(1)])
except NameError as e:
    print("NameError", e)
items = {"a": 1, "b": 2}
print({v: k for k, v in items.items()}, [k for k in items], {k: [v] * v for k, v in items.items()})
print([(yield_val := v) for v in range(2)], yield_val)
class D:
    x = 5
    y = (lambda: [x for _ in range(1)] if False else None)()
    z = [i for i in range(x)]
print(D.z)
