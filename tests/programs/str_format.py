# str.format: positional, keyword, indexing, attributes, conversions and specs.
print("{} {} {}".format(1, "a", [2]), "{0} {1} {0}".format("x", "y"), "{a}-{b}".format(a=1, b=2))
print("{0[1]} {0[0]} {1[k]}".format([5, 6], {"k": "v"}), "{0.real} {x.imag}".format(3, x=4.5))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>10}".format("a"), "{{}} {{{0}}}".format(7))
print("{:>8}|{:<8}|{:^8}|{:*^9}|{:08}|{:+}|{: }|{:,}|{:_}".format("r", "l", "c", "m", -42, 5, 5, 1234567, 1234567))
print("{:x} {:X} {:o} {:b} {:#x} {:#o} {:#b} {:c} {:n}".format(255, 255, 8, 5, 255, 8, 5, 65, 1234))
print("{:.3f} {:.2e} {:.3g} {:%} {:.1%} {:10.4f}| {:<10.2f}| {:e}".format(3.14159, 12345.678, 0.00012345, 0.25, 0.125, 2.5, 1.0, 0.0))
print("{:,.2f} {:_.3f} {:,d} {:_x} {:_b} {:08.3f} {:+08d} {:=+8d}".format(1234567.891, 1234.5, -1234567, 2 ** 32, 255, -3.14159, 42, 42))
print("{0:{1}} {0:{2}{3}}|{x:{w}.{p}f}".format(3.14159, 8, "<", 10, x=2.71828, w=10, p=2))
print("{:g} {:g} {:g} {:g} {:g} {:G}".format(1e16, 1e-5, 123456789.0, 0.0001, 100.0, 1e-10))
print("{} {} {} {}".format(1.0, 1e16, 1.5e-7, float("inf")), "{:f} {:F}".format(float("nan"), float("inf")))
print("{:s}".format("s"), "{:10s}|".format("s"), "{:.2}".format("abcdef"), "{:.2}".format(3.14159), "{:5}|".format(1.5))
print(format(42), format(42, "05"), format(3.5, ".0f"), format(2.5, ".0f"), format("x", "^5"), format(-0.0, ".1f"), format(1234, ","))
print(format(True), format(True, "d"), format(None), format([1], ""), format(10 ** 25, ","), format(-255, "#x"))
class Q:
    def __format__(self, spec):
        return "Q<" + spec + ">"
print("{:abc} {!s:>4} {}".format(Q(), 12, Q()), format(Q(), "zz"), f"{Q():x{1}y}")
for fmt, args, kw in (("{}", (), {}), ("{0} {}", (1, 2), {}), ("{x}", (), {}), ("{:d}", ("s",), {}), ("{:s}", (1,), {}), ("{", (), {}), ("}", (), {}), ("{0[}", (1,), {}), ("{:,s}", ("a",), {}), ("{:=}", ("a",), {}), ("{!x}", (1,), {}), ("{:.2d}", (1,), {})):
    try:
        print(fmt.format(*args, **kw))
    except (IndexError, KeyError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("{0}{1}{2}{3}{4}{5}{6}{7}{8}{9}{10}".format(*range(11)), "{:>{}}".format("a", 3))
print("{a[0]}{a[1][0]}".format(a=["x", ["y"]]), "{0:>3}{0:<3}|".format(1), "{}".format({"a": 1}))
