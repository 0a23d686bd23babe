"""Roman numeral conversion with a unittest suite run in-process."""
import io
import re
import unittest

NUMERALS = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"),
    (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
    (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
]
VALID = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")


class RomanError(ValueError):
    pass


def to_roman(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if not 0 < n < 4000:
        raise RomanError(f"{n} is out of range (1..3999)")
    out = []
    for value, letters in NUMERALS:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


def from_roman(s):
    if not s or not VALID.match(s):
        raise RomanError(f"invalid numeral: {s!r}")
    total, i = 0, 0
    for value, letters in NUMERALS:
        while s.startswith(letters, i):
            total += value
            i += len(letters)
    return total


class ToRoman(unittest.TestCase):
    known = {1: "I", 4: "IV", 9: "IX", 14: "XIV", 40: "XL", 90: "XC", 400: "CD",
             1994: "MCMXCIV", 2024: "MMXXIV", 3999: "MMMCMXCIX"}

    def test_known(self):
        for n, s in self.known.items():
            with self.subTest(n=n):
                self.assertEqual(to_roman(n), s)

    def test_range(self):
        for bad in (0, -1, 4000):
            with self.assertRaises(RomanError) as cm:
                to_roman(bad)
            self.assertIn("out of range", str(cm.exception))

    def test_type(self):
        self.assertRaisesRegex(TypeError, "expected int, got float", to_roman, 1.5)
        self.assertRaises(TypeError, to_roman, True)

    def test_deliberate_failure(self):
        self.assertEqual(to_roman(6), "IIIIII")


class FromRoman(unittest.TestCase):
    def test_roundtrip(self):
        for n in range(1, 4000):
            self.assertEqual(from_roman(to_roman(n)), n)

    def test_invalid(self):
        for bad in ("", "IIII", "VV", "IC", "MMMM", "abc", "XM"):
            with self.subTest(bad=bad):
                with self.assertRaises(RomanError):
                    from_roman(bad)

    @unittest.skip("lower case is not supported")
    def test_lower(self):
        self.assertEqual(from_roman("xiv"), 14)

    @unittest.expectedFailure
    def test_expected(self):
        self.assertEqual(from_roman("IIII"), 4)


stream = io.StringIO()
suite = unittest.TestSuite()
loader = unittest.TestLoader()
suite.addTests(loader.loadTestsFromTestCase(ToRoman))
suite.addTests(loader.loadTestsFromTestCase(FromRoman))
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
text = re.sub(r"Ran (\d+) tests? in [\d.]+s", r"Ran \1 tests in X", stream.getvalue())
print(text)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), len(result.expectedFailures), result.wasSuccessful())
print([to_roman(n) for n in (3, 8, 49, 444, 1666)])
