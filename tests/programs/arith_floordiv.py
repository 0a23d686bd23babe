# Floor division, modulo and divmod signs for ints and floats.
for a in (7, -7, 0, 13, -13):
    for b in (2, -2, 3, -3, 5):
        print(a, b, a // b, a % b, divmod(a, b))
for a in (7.5, -7.5, 0.0, -0.0):
    for b in (2, -2.0, 0.5):
        print(a, b, a // b, a % b, divmod(a, b))
print(-7 // 2.0, 7 % -3.0, -0.0 % 5, 0.0 % -5, 5 % float("inf"), -5 % float("inf"))
print(1e300 // 1e-300 if False else "skip", 7.0 // float("inf"), -7.0 // float("inf"))
big = 10 ** 40 + 7
print(big // 3, big % 3, -big // 3, -big % 3, big // -3, big % -3, divmod(-big, 10 ** 20))
print(divmod(2 ** 100, -7), divmod(-(2 ** 100), 2 ** 50 + 1))
for exp in ("1 // 0", "1 % 0", "1.0 // 0", "1 % 0.0", "divmod(1, 0)", "divmod(1.0, 0.0)", "1 / 0", "1.0 / 0", "0 ** -1", "0.0 ** -1"):
    try:
        eval(exp) if False else None
        print(exp, {"1 // 0": lambda: 1 // 0, "1 % 0": lambda: 1 % 0, "1.0 // 0": lambda: 1.0 // 0,
                    "1 % 0.0": lambda: 1 % 0.0, "divmod(1, 0)": lambda: divmod(1, 0),
                    "divmod(1.0, 0.0)": lambda: divmod(1.0, 0.0), "1 / 0": lambda: 1 / 0,
                    "1.0 / 0": lambda: 1.0 / 0, "0 ** -1": lambda: 0 ** -1,
                    "0.0 ** -1": lambda: 0.0 ** -1}[exp]())
    except ZeroDivisionError as e:
        print(exp, "->", type(e).__name__, e)
x = 17
x //= 5; print(x)
x %= 2; print(x)
y = -17.5
y //= 4; print(y)
y %= 3; print(y)
print(True // 2, True % 2, 5 // True, divmod(True, True))
