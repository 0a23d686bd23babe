# True division, int/float mixing, rounding, comparisons across numeric types.
print(7 / 2, -7 / 2, 6 / 3, 1 / 7, 10 ** 20 / 10 ** 10, 2 ** 70 / 3, 1 / 3 * 3)
print(3 + 4.5, 3 * 1.5, 10 - 0.5, type(3 + 4.0), type(2 * 3), 7 - True)
print(0.1 * 3, 0.1 * 3 == 0.3, 1e16 + 1, 2 ** 53 + 1.0, 9007199254740993 == 9007199254740992.0)
print(10 ** 30 == 1e30, 10 ** 22 == 1e22, 10 ** 23 == 1e23, 2 ** 1000 > 1e300, 2 ** 1100 > 1e308)
print(1 < 1.5 < 2, 3 > 2.5 > 2 > 1.5, float("nan") == float("nan"), float("inf") > 10 ** 400)
nan = float("nan")
print(nan < 1, nan > 1, nan != nan, [nan] == [nan], nan in [nan], (nan,) == (nan,))
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(1234, -2))
print(round(-1.5), round(12345.6789, -2), round(5, 1), round(1.23456, 3), type(round(2.5)), type(round(2.5, 0)))
print(round(15, -1), round(25, -1), round(-35, -1), round(10 ** 20 + 5, -1))
print(int(3.9), int(-3.9), int(1e20), int(-0.5), int(True), float(10 ** 20), float(True))
print(abs(-5), abs(-5.5), abs(-0.0), abs(10 ** 30 * -1), abs(True))
print(max(1, 2.5), min(3, 2.0), max(2, 2.0), min(2.0, 2), sum([0.1] * 10), sum([1, 2.5]))
print(1 == True, 0 == False, hash(1) == hash(1.0) == hash(True), hash(0.5), hash(-1), hash(-2))
print(5 + 3 * 2 - 8 / 4, (5 + 3) * (2 - 8) / 4, 2 * -3, -2 * -3, 2 - -3, 7 & 3 | 8 ^ 1)
print(1 << 70, -1 << 3, -16 >> 2, -1 >> 100, 5 >> 1, 1 << 0)
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
try:
    1.5 << 1
except TypeError as e:
    print("TypeError", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError", e)
try:
    [] * 1.5
except TypeError as e:
    print("TypeError", e)
try:
    None < 1
except TypeError as e:
    print("TypeError", e)
try:
    -"x"
except TypeError as e:
    print("TypeError", e)
print(float.is_integer(2.0), (2.5).is_integer(), (7).bit_length(), (255).to_bytes(2, "big") if False else "", (-7).bit_length())
print((0.5).as_integer_ratio(), (10).as_integer_ratio() if False else "", (3.75).hex() if False else "", int.__name__)
print(1.0.__repr__(), (5).__add__(3), (5).__radd__(3), (5).__add__(1.0), (2.0).__mul__(3))
