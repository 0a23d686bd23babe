#!/usr/bin/env python3
"""Writes the expected-value tables under tests/format/data/ by running the
operations in CPython 3.11, the reference the Rust code must match.

    python3 tests/format/gen_cases.py

Every table is a UTF-8 text file of tab-separated fields, one case per
line. Fields are escaped (see `esc`): a backslash starts `\\\\`, `\\t`,
`\\n`, `\\r` or `\\u{HEX}`, and a field that is exactly `\\N` means None.
Floats are written as the hex of their IEEE bits so they round-trip
exactly. Results end with `ok <fields...>` or `err <ExceptionName> <msg>`.
The random cases use fixed seeds, so the output is reproducible.
"""
import math
import os
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "expected values must come from CPython 3.11"
sys.set_int_max_str_digits(4300)

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
NONE = "\\N"


def esc(s):
    out = []
    for c in s:
        if c == "\\":
            out.append("\\\\")
        elif c == "\t":
            out.append("\\t")
        elif c == "\n":
            out.append("\\n")
        elif c == "\r":
            out.append("\\r")
        elif not c.isprintable():
            out.append("\\u{%x}" % ord(c))
        else:
            out.append(c)
    return "".join(out)


def field(v):
    if v is None:
        return NONE
    if isinstance(v, bool):
        return "True" if v else "False"
    if isinstance(v, float):
        return fbits(v)
    if isinstance(v, int):
        return int_text(v)
    return esc(v)


def int_text(n):
    """Decimal text of any int; the conversion limit applies only to the
    operations being recorded, not to writing the tables."""
    sys.set_int_max_str_digits(0)
    try:
        return str(n)
    finally:
        sys.set_int_max_str_digits(4300)


def fbits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


class Table:
    def __init__(self, name):
        self.name = name
        self.lines = []

    def add(self, inputs, thunk):
        """Records `inputs` and the outcome of calling `thunk`."""
        try:
            result = thunk()
        except (ValueError, TypeError, OverflowError, ZeroDivisionError, KeyError,
                MemoryError) as e:
            msg = str(e) if not isinstance(e, KeyError) else repr(e.args[0])
            self.lines.append([field(i) for i in inputs] + ["err", type(e).__name__, esc(msg)])
            return
        if not isinstance(result, (list, tuple)):
            result = [result]
        self.lines.append([field(i) for i in inputs] + ["ok"] + [field(r) for r in result])

    def write(self):
        path = os.path.join(DATA, self.name + ".tsv")
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            for line in self.lines:
                f.write("\t".join(line) + "\n")
        print("%-20s %6d cases" % (self.name, len(self.lines)))


# ---------------------------------------------------------------- floats

def interesting_floats(rng, n_random):
    xs = [0.0, -0.0, math.inf, -math.inf, math.nan, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5,
          2.675, 0.125, 0.375, 1e16, 1e15, 9999999999999998.0, 1e17, 1e22, 1e23,
          1e-4, 1e-5, 1.5e-5, 0.0001, 0.00001, 123456789.0, 1234.5, 5e-324,
          2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308,
          2.0 ** 53, 2.0 ** 53 + 2, 2.0 ** 63, 2.0 ** 64, 2.0 ** 1023, 1 / 3, 2 / 3,
          99.95, 0.05, 0.15, 0.25, 0.35, 9.5, 10.5, 1e300, 1e-300, 123.456, 1e100,
          4.35, 0.045, 1.0000000000000002, 0.9999999999999999, 3.141592653589793]
    xs += [-x for x in xs if x == x]
    for _ in range(n_random):
        kind = rng.randrange(6)
        if kind == 0:
            x = from_bits(rng.getrandbits(64))
        elif kind == 1:
            x = round(rng.uniform(-1000, 1000), rng.randrange(0, 6))
        elif kind == 2:
            x = rng.uniform(-1, 1) * 10.0 ** rng.randrange(-30, 30)
        elif kind == 3:
            x = float(rng.randrange(-10 ** 6, 10 ** 6)) / 2 ** rng.randrange(0, 12)
        elif kind == 4:
            x = float(rng.getrandbits(rng.randrange(1, 70)))
        else:
            x = from_bits(rng.randrange(0, 2 ** 52))  # subnormals
        xs.append(x)
    return xs


def gen_float_repr():
    rng = random.Random(1311)
    t = Table("float_repr")
    for x in interesting_floats(rng, 20000):
        t.add([x], lambda: repr(x))
    for e in range(-330, 310):
        for m in (1.0, 1.5, 9.999):
            x = m * 10.0 ** e if -308 < e < 308 else float("%re%d" % (m, e))
            t.add([x], lambda: repr(x))
    t.write()


# ---------------------------------------------------------------- format()

def random_spec(rng, types):
    parts = []
    if rng.random() < 0.3:
        fill = rng.choice(["*", "0", " ", "x", "é", "<"]) if rng.random() < 0.5 else ""
        parts.append(fill + rng.choice("<>^="))
    if rng.random() < 0.3:
        parts.append(rng.choice("+- "))
    if rng.random() < 0.1:
        parts.append("z")
    if rng.random() < 0.2:
        parts.append("#")
    if rng.random() < 0.2:
        parts.append("0")
    if rng.random() < 0.5:
        parts.append(str(rng.randrange(0, 25)))
    if rng.random() < 0.2:
        parts.append(rng.choice(",_"))
    if rng.random() < 0.5:
        parts.append("." + str(rng.randrange(0, 20)))
    if rng.random() < 0.85:
        parts.append(rng.choice(types))
    return "".join(parts)


FIXED_SPECS = [
    "", "10", "<10", ">10", "^10", "=10", "*^11", "010", "+", "-", " ", "+010", " 010",
    ",", "_", "010,", "09,", "08,", "0=10,", "x=10,", "0<10,", "^+10,", "#", "#010",
    ".0", ".1", ".2", ".3", ".10", ".17", ".30", "e", "E", "f", "F", "g", "G", "n", "%",
    ".0e", ".0f", ".0g", ".0%", "#.0e", "#.0f", "#.0g", "#g", "#.3g", "#e", "#f", "#%",
    ".2f", ".3e", "10.4g", "z", "z.2f", "z.1e", "zg", "z.3", "+z.1f", ",f", "_f", ",.2f",
    "_.3e", "020,.2f", "b", "o", "x", "X", "#b", "#o", "#x", "#X", "_b", "_o", "_x",
    "#_x", "c", "d", ",d", "_d", "+d", "n", "05", "<05", "^05", "x<05", "=5", "s", ".2s",
    "abc", ",,", "__", ",_", "_,", ".", ".f", ",c", "_c", ",s", "_s", ",n", "+c", "#c",
    "zc", "zd", ",x", ",b", "q", "\x01", "é", ",é", ".2d", "=", "+s", " s", "#s", "zs",
    "99999999999999999999", ".99999999999999999999", "١٠", ".٣f", "%.2", "-10.3%",
    "+#012.4e", "^#15_.2f", "0=+12,.3f", "*<+#20,.5g", "9999999999999", "<9999999999999",
]

INTS = [0, 1, -1, 5, -5, 42, -42, 255, -255, 1234, -1234, 65, 0x10ffff, 0x110000,
        123456789, -123456789, 2 ** 31, 2 ** 53 + 1, 2 ** 63 - 1, -2 ** 63, 2 ** 64,
        2 ** 100, -(2 ** 100), 10 ** 30, -(10 ** 30) + 7, 2 ** 1023, 10 ** 400,
        12345678, 0xdeadbeefcafe]
HUGE_INTS = [10 ** 4299, 10 ** 4300, -(10 ** 4300) + 1, 2 ** 20000]
HUGE_SPECS = ["", "d", "n", ",", "x", "_b", "#o", "e", "f", "c", "30", "010"]


def gen_format():
    rng = random.Random(2024)
    tf = Table("format_float")
    values = interesting_floats(rng, 300)
    for spec in FIXED_SPECS:
        for x in values[:60] + values[-40:]:
            tf.add([x, spec], lambda: format(x, spec))
    for _ in range(6000):
        x = rng.choice(values)
        spec = random_spec(rng, "eEfFgGn%")
        tf.add([x, spec], lambda: format(x, spec))
    tf.write()

    ti = Table("format_int")
    for spec in FIXED_SPECS:
        for n in INTS:
            ti.add([n, spec], lambda: format(n, spec))
    for spec in HUGE_SPECS:
        for n in HUGE_INTS:
            ti.add([n, spec], lambda: format(n, spec))
    for _ in range(5000):
        n = rng.choice(INTS + [rng.randrange(-10 ** 25, 10 ** 25) for _ in range(3)])
        spec = random_spec(rng, "bcdoxXneEfFgG%")
        ti.add([n, spec], lambda: format(n, spec))
    ti.write()

    ts = Table("format_str")
    strings = ["", "a", "ab", "abc", "hello world", "é€😀", "ß", "x" * 30, "0", "-1"]
    for spec in FIXED_SPECS:
        for s in strings:
            ts.add([s, spec], lambda: format(s, spec))
    for _ in range(1500):
        s = rng.choice(strings)
        spec = random_spec(rng, "s")
        ts.add([s, spec], lambda: format(s, spec))
    ts.write()


# ---------------------------------------------------------------- % formatting

class Other:
    """An argument of a type the formatter does not know."""
    def __repr__(self):
        return "<other>"
    __str__ = __repr__


def encode_value(v):
    if isinstance(v, bool):
        return "b:" + str(int(v))
    if isinstance(v, int):
        return "i:" + int_text(v)
    if isinstance(v, float):
        return "f:" + fbits(v)
    if isinstance(v, str):
        return "s:" + v
    if v is None:
        return "n:"
    if isinstance(v, Other):
        return "o:"
    raise TypeError(v)


def gen_percent():
    rng = random.Random(77)
    t = Table("percent")

    def case(template, args):
        if isinstance(args, tuple):
            shape = ["T"] + [encode_value(a) for a in args]
        elif isinstance(args, dict):
            shape = ["M"]
            for k, v in args.items():
                shape += [k, encode_value(v)]
        else:
            shape = ["S", encode_value(args)]
        t.add([template] + shape, lambda: template % args)

    fixed = [
        ("%5.1f%%", (99.95,)), ("%-5d|", (3,)), ("%x", (255,)), ("%r", ("a",)),
        ("%y", ()), ("%y", (1,)), ("%5%", ()), ("%5%", (1,)), ("%%", ()), ("abc%", ()),
        ("abc%", (1,)), ("%(a", {"a": 1}), ("%(a)", {"a": 1}), ("%é", (1,)), ("%\x01", (1,)),
        ("%\x1f", (1,)), ("%d %d %y", (1,)), ("%d %y", (1,)), ("%s", {"a": 1}),
        ("%(a)s %s", {"a": 1}), ("abc", 5), ("abc", {"a": 1}), ("%s", ()), ("%s %s", (1,)),
        ("%s", (1, 2)), ("%d", ("a",)), ("%x", (3.0,)), ("%d", (3.7,)), ("%d", (-3.7,)),
        ("%d", (math.inf,)), ("%d", (math.nan,)), ("%f", ("a",)), ("%c", ("ab",)),
        ("%c", (3.0,)), ("%c", (-1,)), ("%c", (2 ** 70,)), ("%#010o", (8,)), ("%#o", (8,)),
        ("%-05d", (3,)), ("%+5d", (3,)), ("% d", (3,)), ("%05.1f", (-2.5,)), ("%#x", (255,)),
        ("%#X", (255,)), ("%#08x", (255,)), ("%#8x", (255,)), ("%-#8x|", (255,)),
        ("%.5d", (-3,)), ("%.5x", (255,)), ("%#.5x", (255,)), ("%.2s", ("abc",)),
        ("%5s", ("ab",)), ("%-5s|", ("ab",)), ("%*d", (5, 3)), ("%-*d|", (5, 3)),
        ("%*d|", (-5, 3)), ("%.*f", (2, 3.14159)), ("%.*f", (-2, 3.14159)),
        ("%*d", ("a", 3)), ("%*d", (2 ** 70, 3)), ("%.*d", (2 ** 40, 3)), ("%*d", (1.5, 3)),
        ("%ld", (5,)), ("%hd", (5,)), ("%Ld", (5,)), ("%lld", (5,)), ("%e", (1.5,)),
        ("%g", (1e16,)), ("%#g", (1.0,)), ("%G", (1e-10,)), ("%.0e", (12345,)),
        ("%f", (10 ** 400,)), ("%i", (True,)), ("%u", (-3,)), ("%d", (10 ** 5000,)),
        ("%.3c", ("a",)), ("%5c", ("a",)), ("%c", (65,)), ("%a", ("é",)), ("%0s", ("a",)),
        ("%010s", ("ab",)), ("%+s", ("ab",)), ("%+5s", ("ab",)), ("%05c", ("a",)),
        ("%+10.3e", (-1.5,)), ("%010.3e", (-1.5,)), ("%-010.3e|", (-1.5,)),
        ("% 010d", (5,)), ("%+#010x", (255,)), ("%#+10x", (-255,)), ("%0*d", (5, -3)),
        ("%(a)d %(b)s", {"a": 1, "b": "x"}), ("%(a)*d", {"a": 1}), ("%(a(b))s", {"a(b)": 5}),
        ("%(b)s", {"a": 1}), ("%(a)s", (1,)), ("%(a", (1,)), ("%(a)-5d|", {"a": 7}),
        ("%f", (math.inf,)), ("%010f", (-math.inf,)), ("%F", (math.nan,)), ("%.200f", (1.0,)),
        ("%.2147483648f", (1.0,)), ("%99999999999999999999d", (1,)),
        ("%.99999999999999999999d", (1,)), ("%s", (1,)), ("%5d", (True,)), ("%x", (True,)),
        ("%x", (-255,)), ("%#o", (-8,)), ("%o", (0,)), ("%#x", (0,)), ("%.0d", (0,)),
        ("%.0x", (0,)), ("%#.0o", (0,)), ("%s", (None,)), ("%r", (None,)), ("%d", (None,)),
        ("%x", (None,)), ("%f", (None,)), ("%c", (None,)), ("%s", (Other(),)),
        ("%d", (Other(),)), ("%s", 5), ("%d", 5), ("%s %s", 5), ("%*", (5,)), ("%*", ()),
        ("%.*", (5,)), ("%-", ()), ("%0", ()), ("%5", ()), ("%.", ()), ("%.5", ()),
        ("%*5d", (1, 2)), ("%5.*f", (2, 1.0)), ("%c", (0x10ffff,)), ("%c", (0x110000,)),
        ("%s", ("a\tb",)), ("%r", ("it's",)), ("%a", ("\u20ac\U0001f600",)),
        ("%-+05d|", (3,)), ("%+-05d|", (-3,)), ("%#-8o|", (8,)), ("%# x", (255,)),
        ("%.3r", ("abc",)), ("%5.2a", ("é",)), ("%e", (True,)), ("%g", (2 ** 1030,)),
        ("%d%%", (50,)), ("%s%s%s", ("a", "b", "c")), ("%(x)s%(x)r", {"x": "q"}),
        ("%()s", {"": 3}), ("%(a)%", {"a": 1}), ("%5.1s|", ("abc",)),
        ("%#.3g", (1.0,)), ("%#.0f", (2.5,)), ("%.0f", (2.5,)), ("%.0f", (3.5,)),
        ("%.1f", (0.25,)), ("%.2e", (2.675,)), ("%X", (2 ** 100,)), ("%o", (-(2 ** 70),)),
        ("%.40d", (7,)), ("%+.3d", (7,)), ("%#.3o", (7,)), ("%08.3f", (-1.5,)),
        ("% 08.3f", (1.5,)), ("%+08.3f", (1.5,)), ("%-8.3f|", (1.5,)), ("%+g", (math.nan,)),
        ("% e", (math.inf,)), ("%.2147483645d", (1,)), ("%.2147483647x", (1,)),
        ("%.*d", (2147483647, 1)), ("%9999999999999d", (1,)), ("%*s", (9999999999999, "a")),
    ]
    for template, args in fixed:
        case(template, args)

    values = [0, 1, -1, 7, -42, 255, 2 ** 64, -(2 ** 70), 1.5, -2.25, 0.1, 1e20, 1e-7,
              -0.0, 123456.789, "ab", "é", "", True, False]
    convs = "diuoxXeEfFgGcsra"
    for _ in range(4000):
        flags = "".join(rng.choice("-+ #0") for _ in range(rng.randrange(0, 3)))
        width = str(rng.randrange(0, 15)) if rng.random() < 0.5 else ""
        prec = "." + str(rng.randrange(0, 12)) if rng.random() < 0.4 else ""
        conv = rng.choice(convs)
        v = rng.choice(values)
        if conv == "c" and isinstance(v, str) and len(v) != 1:
            v = "q"
        case("[%" + flags + width + prec + conv + "]", (v,))
    t.write()


# ---------------------------------------------------------------- int() / float()

def gen_parse():
    rng = random.Random(5)
    t = Table("int_parse")
    fixed = ["0", "5", "-5", "+5", " 5 ", "\t-0x1F\n", "\x1c5", "5\x1c", "\u30005\u3000",
             "\x855", "١٢٣", "１２", "12a", "a" * 300, "0x1f", "0x", "010", "00", "0_0",
             "0_1", "1_000", "1__0", "_1", "1_", "0x_1f", "0x__1f", "0_x1f", "- 5", "+-5",
             "", "  ", "1\x00", "z", "Z", "1" * 4300, "1" * 4301, "1" * 5000 + "x",
             "1" * 5000 + "__1", "0" * 4301, "-" + "1" * 4301, "12", "0b101", "0B101",
             "0o17", "017", "1e5", "٣x", "x٣", "\U0001D7CE", "\u00b2", "1 2", "0x1F",
             "9223372036854775807", "9223372036854775808", "-9223372036854775808",
             "-9223372036854775809", "99999999999999999999999", "1" * 5000, "é",
             "1é", "12\u00a0", "\u20281", "0o", "0b", "0b2", "0o8", "0xg", "07", "0_7",
             "00_0", "0 0", "+0x10", "-0b1_0", "1_2_3", "١_٢"]
    for s in fixed:
        for base in (10, 0, 2, 8, 16, 36, 7, 1, 37):
            t.add([s, base], lambda: int(s, base))
    digits = "0123456789abcdefghijklmnopqrstuvwxyzABC_ -+x"
    for _ in range(3000):
        s = "".join(rng.choice(digits) for _ in range(rng.randrange(0, 12)))
        base = rng.choice([0, 2, 8, 10, 16, 36, 3, 12])
        t.add([s, base], lambda: int(s, base))
    t.write()

    t = Table("float_parse")
    fixed = ["1__0", "_1", "1_", "1_0", "1_0.5_5e1_0", "1._5", "1_.5", "1e_5", "abc", "",
             " ", "inf", "-Infinity", "nAn", "-nan", "+nan", "infinit", "infinityx", "1.",
             ".5", ".", "1e", "1e+", "e5", "1.e5", ".e5", "1e999", "-1e999", "1e-999",
             "-0", " \x1c1.5\x1c ", "\u30001.5", "١.٥", "0x10", "1\x00", "+.5", "++1",
             "a" * 300, "1_000_000.000_1", "in_f", "1e1_0", "nan_", "  -1.5e-3\n",
             "0.1", "2.675", "1e23", "9007199254740993", "2.2250738585072011e-308",
             "4.9406564584124654e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
             "1.7976931348623158e308", "1.7976931348623159e308", "0" * 500 + "1",
             "0." + "0" * 400 + "1", "1" + "0" * 400, "123456789012345678901234567890",
             "1E5", "1e+05", "-.5e-5", "5.", "5.e", "+", "-", "e", "1e5.5", "1.5.5",
             "infinity", "INF", "iNfInItY", "+inf", "\tnan ", "1 ", " 1", "1_e5", "1e5_",
             "1__e5", "١٢", "1.٥", "\u2028" + "2"]
    for s in fixed:
        t.add([s], lambda: float(s))
    chars = "0123456789.e-+_ "
    for _ in range(3000):
        s = "".join(rng.choice(chars) for _ in range(rng.randrange(0, 10)))
        t.add([s], lambda: float(s))
    for x in interesting_floats(rng, 2000):
        s = repr(x)
        t.add([s], lambda: float(s))
    t.write()


# ---------------------------------------------------------------- int <-> float

def gen_int_float():
    rng = random.Random(9)
    t = Table("int_float")
    ints = [0, 1, -1, 2 ** 53, 2 ** 53 + 1, 2 ** 53 + 3, 2 ** 54 + 2, 2 ** 63, 2 ** 64 - 1,
            2 ** 100 + 2 ** 47, 2 ** 100 + 3 * 2 ** 47, 2 ** 1024, 2 ** 1024 - 2 ** 970,
            2 ** 1024 - 2 ** 971, 2 ** 1023, 10 ** 308, 10 ** 309, -(10 ** 308), 10 ** 400]
    for _ in range(1500):
        bits = rng.randrange(1, 1100)
        n = rng.getrandbits(bits) * rng.choice([1, -1])
        ints.append(n)
    for n in ints:
        t.add(["float", n], lambda: float(n))
    pairs = [(10 ** 400, 10 ** 399), (0, -5), (0, 5), (1, 0), (2 ** 1024, 1),
             (2 ** 1024 - 2 ** 970, 1), (2 ** 1024 - 2 ** 971, 1), (10 ** 500, 10 ** 100),
             (1, 10 ** 400), (-1, 10 ** 400), (2 ** 53 + 1, 1), (1, 3), (-7, 2),
             (1, 2 ** 1074), (1, 2 ** 1075), (3, 2 ** 1076), (1, 2 ** 1075 - 1),
             (2 ** 60 + 1, 2 ** 60), (10 ** 30, 7)]
    for _ in range(3000):
        a = rng.getrandbits(rng.randrange(1, 1200)) * rng.choice([1, -1])
        b = rng.getrandbits(rng.randrange(1, 1200)) * rng.choice([1, -1])
        pairs.append((a, b))
    for _ in range(1000):
        a = rng.randrange(-2 ** 60, 2 ** 60)
        b = rng.randrange(-2 ** 60, 2 ** 60)
        pairs.append((a, b))
    for a, b in pairs:
        t.add(["truediv", a, b], lambda: a / b)
    t.write()


# ---------------------------------------------------------------- float ops

def gen_float_ops():
    rng = random.Random(11)
    t = Table("float_ops")
    xs = interesting_floats(rng, 150)
    ys = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, 3.0, -2.5, 1e300, 1e-300, math.inf,
          -math.inf, math.nan, 7.5, 0.1, 10.0, 1 / 3, 1e16, 1024.0, -1075.0, 0.3]
    for x in xs:
        for y in ys + [rng.choice(xs) for _ in range(2)]:
            t.add(["floordiv", x, y], lambda: x // y)
            t.add(["mod", x, y], lambda: x % y)
            t.add(["divmod", x, y], lambda: divmod(x, y))
            t.add(["truediv", x, y], lambda: x / y)
            t.add(["pow", x, y], lambda: pow_or_complex(x, y))
    for x in xs:
        t.add(["round", x], lambda: round(x))
        t.add(["int", x], lambda: int(x))
        t.add(["is_integer", x], lambda: x.is_integer())
        if x == x:
            t.add(["hash", x], lambda: hash(x))
        for nd in (0, 1, 2, 3, 5, 10, 17, 20, 100, 323, 324, 400, -1, -2, -3, -5, -10,
                   -20, -100, -300, -308, -309, -400):
            t.add(["round_nd", x, nd], lambda: round(x, nd))
    for x in (0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 1234.5, 1250.0, 1350.0, 1e22,
              4.35, 0.045, 5e-324, 1.7e308, 1.7976931348623157e308):
        for nd in range(-310, 330, 7):
            t.add(["round_nd", x, nd], lambda: round(x, nd))
    bases = [0, 1, -1, 2, -2, 3, 10, -10, 2 ** 64, -(2 ** 64), 10 ** 400]
    exps = [-1, -2, -3, -10, -64, -1075, -(10 ** 400)]
    for a in bases:
        for b in exps:
            t.add(["intpow", a, b], lambda: a ** b)
    ints = [0, 1, -1, -2, 2 ** 61 - 1, 2 ** 61, -(2 ** 61), 2 ** 61 - 2, 2 ** 100,
            -(2 ** 100), 2 ** 63, -(2 ** 63), 10 ** 400, -(10 ** 400)]
    ints += [rng.getrandbits(rng.randrange(1, 300)) * rng.choice([1, -1]) for _ in range(500)]
    for n in ints:
        t.add(["inthash", n], lambda: hash(n))
    t.write()


class ComplexResult(ValueError):
    pass


def pow_or_complex(x, y):
    r = x ** y
    if isinstance(r, complex):
        raise ValueError("negative number cannot be raised to a fractional power")
    return r


# ---------------------------------------------------------------- str methods

SPECIAL = (" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u2028\u2029\u3000\u200b"
           "ßΣσςǅǆǄİıﬁŉΐ\u0345\u0301'\"\\é€٣²½Ⅻ😀ᾳ"
           "ΑΒΓ.:·")


def random_text(rng, n):
    pool = "abcABC xyz019" + SPECIAL
    return "".join(rng.choice(pool) for _ in range(n))


def gen_text():
    rng = random.Random(42)
    t = Table("text")
    samples = ["", "a", "abc", "  a b  c ", "a\x1cb\x1dc\x1ed\x1fe", "Hello World",
               "hello world", "ß", "straße", "ΣΑΣ", "ΑΣ ΣΑ", "ΑΣ.", "ΑΣ'Α", "aΣ", "Σ",
               "ǆemal", "ǅ", "İstanbul", "ﬁne", "they're bill's friends", "3abc",
               "a\r\nb\rc\nd\x0be\x0cf\x1cg\x85h\u2028i\u2029j", "\n\n", "line\n",
               "\t\ta\tbb\tccc\n\td", "aaa", "abcabcabc", "-42", "+", "٣²½Ⅻ", "x²",
               "_ident", "1bad", "café", "Ⅰ", "ᾳ", "ŉ", "ΐ", "ab\u0345", "A\u0301",
               "a-b_c d.e", "éÉ", "µ", "\u1e9e", "ǈ", "ﬃ", "İ"]
    samples += [random_text(rng, rng.randrange(0, 14)) for _ in range(150)]
    subs = ["", "a", "b", "ab", "Σ", "é", " ", "\n", "abc", "ss", "aa"]
    ranges = [(None, None), (1, None), (-2, None), (None, -1), (2, 5), (5, 2), (-100, 100),
              (10, None), (0, 0), (3, 3), (-1, -3)]
    for s in samples:
        for m in ("upper", "lower", "casefold", "swapcase", "title", "capitalize",
                  "isalpha", "isdecimal", "isdigit", "isnumeric", "isalnum", "isspace",
                  "isupper", "islower", "istitle", "isidentifier", "isprintable", "isascii"):
            t.add([m, s], lambda: getattr(s, m)())
        t.add(["repr", s], lambda: repr(s))
        t.add(["ascii", s], lambda: ascii(s))
        for keep in (False, True):
            t.add(["splitlines", s, keep], lambda: s.splitlines(keep))
        for sep in (None, " ", "a", "Σ", "ab", ""):
            for maxsplit in (-1, 0, 1, 2):
                t.add(["split", s, sep, maxsplit], lambda: s.split(sep, maxsplit))
                t.add(["rsplit", s, sep, maxsplit], lambda: s.rsplit(sep, maxsplit))
        for chars in (None, "a", " \t", "Σa", ""):
            t.add(["strip", s, chars], lambda: s.strip(chars))
            t.add(["lstrip", s, chars], lambda: s.lstrip(chars))
            t.add(["rstrip", s, chars], lambda: s.rstrip(chars))
        for sub in rng.sample(subs, 3):
            for start, end in rng.sample(ranges, 3):
                for m in ("find", "rfind", "index", "rindex", "count", "startswith", "endswith"):
                    t.add([m, s, sub, start, end], lambda: getattr(s, m)(sub, start, end))
            for new in ("", "-", "XYZ"):
                for count in (-1, 0, 1, 2):
                    t.add(["replace", s, sub, new, count], lambda: s.replace(sub, new, count))
            t.add(["partition", s, sub], lambda: s.partition(sub))
            t.add(["rpartition", s, sub], lambda: s.rpartition(sub))
            t.add(["removeprefix", s, sub], lambda: s.removeprefix(sub))
            t.add(["removesuffix", s, sub], lambda: s.removesuffix(sub))
        for width in (-1, 0, 3, 6, 7, 12, 9999999999999):
            for fill in (" ", "*", "é"):
                for m in ("center", "ljust", "rjust"):
                    t.add([m, s, width, fill], lambda: getattr(s, m)(width, fill))
            t.add(["zfill", s, width], lambda: s.zfill(width))
        for tab in (-1, 0, 1, 4, 8, 2 ** 40, -(2 ** 40)):
            t.add(["expandtabs", s, tab], lambda: s.expandtabs(tab))

    # Character classes and single-character case mappings over whole blocks.
    cps = list(range(0, 0x3000)) + list(range(0xa640, 0xa800)) + list(range(0xfb00, 0xfb50))
    cps += list(range(0xff00, 0xff70)) + list(range(0x10400, 0x10500))
    cps += list(range(0x1d400, 0x1d500)) + list(range(0x1e900, 0x1e960))
    cps += rng.sample(range(0x3000, 0x110000), 6000)
    cps = [c for c in cps if not 0xd800 <= c <= 0xdfff]
    preds = ("isalpha", "isdecimal", "isdigit", "isnumeric", "isalnum", "isspace",
             "isupper", "islower", "istitle", "isidentifier", "isprintable")
    for c in cps:
        ch = chr(c)
        bits = "".join("1" if getattr(ch, p)() else "0" for p in preds)
        t.add(["charclass", ch], lambda: bits)
    for i in range(0, len(cps), 24):
        chunk = "".join(chr(c) for c in cps[i:i + 24])
        for m in ("upper", "lower", "casefold", "swapcase", "title", "capitalize"):
            t.add([m, chunk], lambda: getattr(chunk, m)())
        t.add(["repr", chunk], lambda: repr(chunk))
        t.add(["ascii", chunk], lambda: ascii(chunk))

    for _ in range(300):
        data = bytes(rng.choice([0, 9, 10, 13, 34, 39, 92, 65, 97, 126, 127, 128, 255])
                     for _ in range(rng.randrange(0, 8)))
        t.add(["bytes_repr", data.hex()], lambda: repr(data))
        t.add(["bytearray_repr", data.hex()], lambda: repr(bytearray(data)))
    t.write()


def main():
    os.makedirs(DATA, exist_ok=True)
    gen_float_repr()
    gen_format()
    gen_percent()
    gen_parse()
    gen_int_float()
    gen_float_ops()
    gen_text()


main()
