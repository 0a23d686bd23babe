# Huge integers: arithmetic, conversion limits and formatting stay exceptions, never crashes.
big = 2 ** 100000
print(big.bit_length(), big % 1000007, (big - 1) % 9, (big >> 99990), (-big) >> 99995)
try:
    str(big)
except ValueError as e:
    print("ValueError", str(e)[:60])
print(len(str(10 ** 4299)), str(10 ** 4299)[:10])
try:
    int("1" * 5000)
except ValueError as e:
    print("ValueError", str(e)[:60])
import sys
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(2 ** 20000)))
sys.set_int_max_str_digits(4300)
try:
    float(big)
except OverflowError as e:
    print("OverflowError", e)
try:
    big * 1.0
except OverflowError as e:
    print("OverflowError", e)
try:
    big / 3
except OverflowError as e:
    print("OverflowError", e)
print(big / big, big // (big // 7), big == big + 0, big > 10 ** 3000, hash(big) == hash(big + 0))
try:
    1 << (2 ** 70)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
try:
    [0] * (2 ** 62)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__)
try:
    "x" * (2 ** 62)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__)
try:
    [0] * (10 ** 30)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
print(0 ** big, 1 ** big, (-1) ** big, (-1) ** (big + 1), pow(3, big, 1000))
try:
    range(big)[big]
except IndexError as e:
    print("IndexError", e)
print(range(big)[-1] == big - 1, big in range(big + 1), range(0, big, big // 2)[1] == big // 2)
try:
    chr(big)
except OverflowError as e:
    print("OverflowError", e)
try:
    [1, 2][big]
except IndexError as e:
    print("IndexError", e)
try:
    "abc"[big]
except IndexError as e:
    print("IndexError", e)
print([1, 2, 3][-big:big], "abc"[big:], (1, 2)[:-big])
print(round(big, -100000) == 0 if False else round(123456789, -big.bit_length()), divmod(big, big - 1)[0])
print(format(2 ** 64, ","), format(-(2 ** 70), "x"), f"{2 ** 80:_b}"[:20], "%d" % (3 ** 50), "%x" % (2 ** 65))
n = 1
for i in range(1, 301):
    n *= i
print(len(str(n)), n % (10 ** 20))
