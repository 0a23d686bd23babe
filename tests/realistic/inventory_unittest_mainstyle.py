"""An order-pricing module and its tests, run with unittest.main(argv=..., exit=False)
into a stream, plus a custom TestResult that records timings-free events."""
import io
import re
import sys
import unittest
from decimal import Decimal
from fractions import Fraction
from functools import reduce


class PricingError(ValueError):
    pass


class Catalog:
    def __init__(self, prices):
        self._prices = {k: Decimal(v) for k, v in prices.items()}

    def price(self, sku):
        try:
            return self._prices[sku]
        except KeyError:
            raise PricingError(f"unknown sku {sku!r}") from None

    def __contains__(self, sku):
        return sku in self._prices

    def __len__(self):
        return len(self._prices)


def order_total(catalog, lines, discount=Fraction(0)):
    if not 0 <= discount < 1:
        raise PricingError(f"discount {discount} out of range")
    subtotal = reduce(lambda acc, line: acc + catalog.price(line[0]) * line[1], lines, Decimal(0))
    factor = Decimal(discount.numerator) / Decimal(discount.denominator)
    return (subtotal * (1 - factor)).quantize(Decimal("0.01"))


CATALOG = Catalog({"tea": "3.50", "cake": "4.25", "jam": "2.10"})


class TotalTests(unittest.TestCase):
    maxDiff = 200

    def test_simple(self):
        self.assertEqual(order_total(CATALOG, [("tea", 2)]), Decimal("7.00"))

    def test_discount(self):
        self.assertEqual(order_total(CATALOG, [("cake", 3)], Fraction(1, 3)), Decimal("8.50"))

    def test_unknown(self):
        with self.assertRaisesRegex(PricingError, "unknown sku 'milk'"):
            order_total(CATALOG, [("milk", 1)])

    def test_bad_discount(self):
        for d in (Fraction(-1, 2), Fraction(1), Fraction(3, 2)):
            with self.subTest(discount=str(d)):
                with self.assertRaises(PricingError):
                    order_total(CATALOG, [], d)

    def test_catalog_protocol(self):
        self.assertIn("jam", CATALOG)
        self.assertNotIn("milk", CATALOG)
        self.assertEqual(len(CATALOG), 3)

    def test_wrong_on_purpose(self):
        self.assertEqual(order_total(CATALOG, [("jam", 1), ("tea", 1)]), Decimal("5.70"))

    def test_list_diff(self):
        self.assertEqual([1, 2, 3, 4], [1, 2, 4, 4])

    def test_sequence_types(self):
        self.assertSequenceEqual((1, 2), [1, 2])
        self.assertCountEqual("abca", "aacb")
        self.assertIsInstance(CATALOG.price("tea"), Decimal)
        self.assertAlmostEqual(float(order_total(CATALOG, [("tea", 1)])), 3.5, places=2)

    @unittest.skipUnless(hasattr(sys, "no_such_attr"), "needs a special build")
    def test_special(self):
        pass


class EventResult(unittest.TextTestResult):
    events = []

    def startTest(self, test):
        super().startTest(test)
        EventResult.events.append(("start", test._testMethodName))

    def addSuccess(self, test):
        super().addSuccess(test)
        EventResult.events.append(("ok", test._testMethodName))

    def addFailure(self, test, err):
        super().addFailure(test, err)
        EventResult.events.append(("FAIL", test._testMethodName, err[0].__name__))

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        EventResult.events.append(("sub", subtest._subDescription(), err is None))


def clean(text):
    return re.sub(r"Ran (\d+) tests? in \d+\.\d+s", r"Ran \1 tests in <time>", text)


stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2, resultclass=EventResult)
program = unittest.main(module=__name__, argv=["prog", "-k", "simple", "-k", "discount", "-k", "catalog"],
                        testRunner=runner, exit=False)
print(clean(stream.getvalue()))
print(program.result.wasSuccessful(), program.result.testsRun)

stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=1, resultclass=EventResult)
program = unittest.main(module=__name__, argv=["prog"], testRunner=runner, exit=False)
print(clean(stream.getvalue()))
for ev in EventResult.events:
    print(ev)
stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=0, failfast=True)
unittest.main(module=__name__, argv=["prog", "TotalTests.test_list_diff", "TotalTests.test_simple"], testRunner=runner, exit=False)
print(clean(stream.getvalue()))
