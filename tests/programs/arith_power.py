# The power operator: big, negative and fractional exponents, pow() with a modulus.
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, -2 ** 2, (-2) ** 2, 2 ** -1, 2 ** -2, 10 ** -3)
print(2 ** 200, (-3) ** 41, 7 ** 77 % 1000, 1 ** 10 ** 6 if False else 1)
print(2.0 ** 10, 2 ** 0.5, 4 ** 0.5, (-8) ** 2, 9 ** -0.5, 0.0 ** 0, 1.5 ** 2)
print(2 ** 3 ** 2, (2 ** 3) ** 2, -1 ** 0.5, 10 ** 20, 10.0 ** 20, 10 ** 22 == 10.0 ** 22)
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 7), pow(-3, 3, 5), pow(3, -1, 7), pow(2, -1, 5))
print(pow(10 ** 30, 10 ** 10, 999983), pow(5, 0, 1), pow(5, 3, -7), pow(-2, 5, -3))
print(pow(2.0, 3), pow(4, 0.5), pow(2, -3), type(pow(2, 3)), type(pow(2, -3)))
for args in ((2, 3, 0), (2, -1, 4), (2.0, 3, 5), (2, 0.5, 3)):
    try:
        print(pow(*args))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print("OverflowError", e)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print("OverflowError", e)
print(float(2 ** 1023) * 1.5, 2 ** 1023 * 1.0)
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError", e)
try:
    print(2 ** 1024 / 1)
except OverflowError as e:
    print("OverflowError", e)
print(2 ** 1024 // 2 ** 1000, (2 ** 1024) / (2 ** 1000))
x = 3
x **= 4; print(x)
x **= -1; print(x)
print(0 ** 5, 0.0 ** 5, (-1) ** 1001, (-1) ** 1000, (-1.0) ** 0.5 if False else "c")
