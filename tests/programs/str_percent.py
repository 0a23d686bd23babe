# printf-style formatting with the % operator.
print("%s %r %a" % ("é", "é", "é"), "%d %i %u" % (1, -2, 3), "%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %o %#x %#o %#X" % (255, 255, 8, 255, 8, 255), "%e %E %g %G" % (12345.678, 0.00012, 1e-5, 1e20))
print("%.2f %10.3f %-10.1f| %+.0f %.3e %.0e" % (3.14159, 2.5, 1.25, 2.5, 1234.5, 15000))
print("%c%c %c" % (72, "i", 0x1F600), "%%", "100%%" % (), "%s" % [1, 2], "%s" % (1,), "%s %s" % (1, 2))
print("%(a)s and %(b)d" % {"a": "x", "b": 5}, "%(a)r" % {"a": "q"}, "%*d|%-*d" % (5, 1, 4, 2), "%.*f" % (2, 3.14159))
print("%5s|%-5s|%.2s|%5.1s|" % ("abc", "abc", "abc", "abc"), "%s" % None, "%d" % True, "%d" % 3.99, "%s" % 1.0)
print("%x" % -255, "%o" % -8, "%d" % 10 ** 20, "%.3g" % 1234567, "%g" % 100000, "%g" % 1000000, "%#g" % 1.0)
print("%i" % -0, "%f" % float("inf"), "%f" % float("nan"), "%.1f" % 0.05, "%.1f" % 0.15, "%.2f" % -0.001)
print("%-+8.3f|" % 3.14159, "%08.3f" % -3.14159, "% 08.2f" % 2.5, "%#.0f" % 2.0, "%r" % "it's")
for fmt, args in (("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(a)s", 1), ("%c", "ab"), ("%c", -1), ("%", ()), ("%d", None), ("%x", 1.5)):
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
print("%s" % {"k": 1}, "%s|%s" % ("a", ("b", "c")), "%r" % (("t",),))
class P:
    def __str__(self):
        return "strP"
    def __repr__(self):
        return "reprP"
print("%s %r" % (P(), P()), "%s" % P(), "%5s|" % P(), "%.3r" % P())
