"""A small bank module with a unittest suite run in-process."""
import io
import re
import sys
import unittest


class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed:.2f}, have {available:.2f}")
        self.needed = needed
        self.available = available


class Account:
    interest_rate = 0.015

    def __init__(self, owner, balance=0.0):
        if balance < 0:
            raise ValueError("opening balance must be non-negative")
        self.owner = owner
        self._balance = balance
        self.history = []

    @property
    def balance(self):
        return round(self._balance, 2)

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"invalid deposit {amount!r}")
        self._balance += amount
        self.history.append(("dep", amount))
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("wd", amount))
        return self

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"


class AccountTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.shared = Account("shared", 1000)

    def setUp(self):
        self.acct = Account("ann", 100)

    def tearDown(self):
        del self.acct

    def test_deposit_chains(self):
        self.acct.deposit(10).deposit(5.5)
        self.assertEqual(self.acct.balance, 115.5)
        self.assertListEqual(self.acct.history, [("dep", 10), ("dep", 5.5)])

    def test_withdraw_too_much(self):
        with self.assertRaises(InsufficientFunds) as cm:
            self.acct.withdraw(500)
        self.assertEqual(cm.exception.needed, 500)
        self.assertIn("need 500.00", str(cm.exception))

    def test_bad_deposit_message(self):
        with self.assertRaisesRegex(ValueError, r"invalid deposit -\d+"):
            self.acct.deposit(-3)

    def test_amounts(self):
        for amount, expected in [(1, 101), (2.25, 102.25), (0.1, 100.1)]:
            with self.subTest(amount=amount):
                acct = Account("x", 100).deposit(amount)
                self.assertAlmostEqual(acct.balance, expected)

    def test_subtest_failure(self):
        for n in range(4):
            with self.subTest(n=n):
                self.assertNotEqual(n, 2, "two is forbidden")

    @unittest.skip("not implemented yet")
    def test_interest(self):
        self.fail("never runs")

    @unittest.skipIf(sys.maxsize > 2**32, "64-bit platform")
    def test_small_platform(self):
        pass

    @unittest.expectedFailure
    def test_known_rounding_bug(self):
        self.assertEqual(0.1 + 0.2, 0.3)

    def test_shared_is_shared(self):
        self.assertIs(self.shared, AccountTests.shared)
        self.assertGreaterEqual(self.shared.balance, 1000)

    def test_dict_diff(self):
        self.assertDictEqual({"a": 1, "b": 2}, {"a": 1, "b": 3})

    def test_error(self):
        {}["missing"]


class OpeningTests(unittest.TestCase):
    def test_negative_opening(self):
        self.assertRaises(ValueError, Account, "bob", -1)

    def test_repr(self):
        self.assertEqual(repr(Account("bob", 3)), "Account('bob', 3)")

    def test_multiline(self):
        self.assertMultiLineEqual("alpha\nbeta\ngamma\n", "alpha\nbeta\ndelta\n")


def scrub(text):
    text = re.sub(r"Ran (\d+) tests? in [\d.]+s", r"Ran \1 tests in X s", text)
    return re.sub(r'File ".*?([\w.]+\.py)"', r'File "\1"', text)


if __name__ == "__main__":
    buf = io.StringIO()
    runner = unittest.TextTestRunner(stream=buf, verbosity=2)
    prog = unittest.main(argv=["bank"], testRunner=runner, exit=False)
    print(scrub(buf.getvalue()))
    r = prog.result
    print("run:", r.testsRun, "failures:", len(r.failures), "errors:", len(r.errors),
          "skipped:", len(r.skipped), "xfail:", len(r.expectedFailures),
          "ok:", r.wasSuccessful())
    for test, reason in r.skipped:
        print(" skip", test.id(), "->", reason)
    # a second run with a filtered suite and verbosity 1
    loader = unittest.TestLoader()
    suite = loader.loadTestsFromNames(["OpeningTests.test_repr", "AccountTests.test_amounts"],
                                      sys.modules[__name__])
    buf = io.StringIO()
    res = unittest.TextTestRunner(stream=buf, verbosity=1).run(suite)
    print(scrub(buf.getvalue()))
    print(res)
