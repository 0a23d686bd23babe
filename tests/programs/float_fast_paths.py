# Float arithmetic and comparisons on the interpreter's fast paths must match the
# general rules exactly: mixed int/float, signed zeros, infinities, NaN, big ints,
# division by zero, and the operators left to the general path.
vals = [0.0, -0.0, 1.5, -2.25, 1e308, float("inf"), float("-inf"), 3, -7, 0, 2**53 + 1]
nan = float("nan")
for a in vals:
    for b in vals:
        row = []
        for op in (lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a * b, lambda a, b: a / b):
            if isinstance(a, int) and isinstance(b, int):
                continue
            try:
                row.append(repr(op(a, b)))
            except ZeroDivisionError as e:
                row.append(f"ZeroDivisionError({e})")
        if row:
            print(repr(a), repr(b), " ".join(row))

def loop(x, y):
    t = 0.0
    for i in range(5):
        t += x * i - y / 2
        t -= 0.5
    return t
print(loop(1.25, 3), loop(2, 0.5))
print(nan + 1, nan < 1.0, nan == nan, nan != nan, 1.0 < 2.0, 2.5 >= 2.5, -0.0 == 0.0)
x = 0.1
if x < 0.2:
    print("lt")
while x < 1.0:
    x += 0.3
print(x)
print(2**53 + 1 == float(2**53), float(2**53) == 2**53 + 1, 1.0 == True)
big = 10**400
try:
    print(big + 1.0)
except OverflowError as e:
    print("OverflowError", e)
print(7.5 // 2, 7.5 % -2, 2.0 ** 0.5, -8 / 2.0, 1 / 3.0)
