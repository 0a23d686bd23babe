"""Number representation utilities: roman numerals, bases, words, bit tricks."""
ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range for roman numerals")
    out = []
    for value, sym in ROMAN:
        q, n = divmod(n, value)
        out.append(sym * q)
    return "".join(out)


def from_roman(s):
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = values[a]
        total += -v if b != " " and values[b] > v else v
    if to_roman(total) != s:
        raise ValueError(f"non-canonical numeral {s!r}")
    return total


def to_base(n, base, digits="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))


def words(n):
    if n < 0:
        return "minus " + words(-n)
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("-" + ONES[o] if o else "")
    if n < 1000:
        h, r = divmod(n, 100)
        return ONES[h] + " hundred" + (" and " + words(r) if r else "")
    for scale, name in ((10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand")):
        if n >= scale:
            q, r = divmod(n, scale)
            return words(q) + " " + name + ((", " if r >= 100 else " and ") + words(r) if r else "")


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(f"{n:5d} {r:>12} {from_roman(r):5d}")
for bad in (0, 4000):
    try:
        to_roman(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    from_roman("IIII")
except ValueError as e:
    print("ValueError:", e)
for n in [0, 255, -255, 3735928559, 2 ** 64]:
    print(n, to_base(n, 2)[-16:], to_base(n, 16), to_base(n, 36), int(to_base(n, 36), 36) == n)
print(format(255, "b"), format(255, "o"), format(255, "X"), format(-255, "#x"), int("0b1010", 0), int("0o17", 0), int("0x1F", 0), int("1_000", 0))
for n in [0, 7, 13, 21, 99, 100, 101, 342, 1000, 1001, 12345, 1000000, 2000000123, -45]:
    print(f"{n:>11,}: {words(n)}")
for n in [0, 1, 6, 255, 1023, 2 ** 40 + 5]:
    print(n, n.bit_length(), n.bit_count(), bin(n & -n) if n else "-", n & (n - 1) == 0 and n > 0, f"{n:#010b}" if n < 256 else "")
x = 0b1011_0110
print(x >> 2, x << 3, x ^ 0xFF, ~x, x | 0x100, (x >> 4) & 0xF, int.from_bytes(bytes([x]), "little"), x.to_bytes(2, "big"))
print([i for i in range(32) if (0xDEADBEEF >> i) & 1][:10], hex(0xDEADBEEF ^ 0xFFFFFFFF), oct(8 ** 10), bin(-5))
print(float.hex(0.1), float.fromhex("0x1.999999999999ap-4"), (0.1).as_integer_ratio(), (2.5).is_integer(), int(-2.7), round(-2.5), round(3.5), round(0.125, 2))
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -2, divmod(7.5, -2), pow(2, 10, 1000), pow(-2, 3), 2 ** -1, (-8) ** (1 / 3) if False else abs(-8) ** (1 / 3))
