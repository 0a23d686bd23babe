"""A bank account module with its unittest suite, run in-process."""
import io
import sys
import unittest
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal


class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(f"cannot withdraw {amount}; balance is {balance}")
        self.balance = balance
        self.amount = amount


@dataclass
class Transaction:
    when: date
    amount: Decimal
    memo: str = ""


@dataclass
class Account:
    owner: str
    number: int
    history: list = field(default_factory=list, repr=False)
    overdraft: Decimal = Decimal("0")

    @property
    def balance(self) -> Decimal:
        return sum((t.amount for t in self.history), Decimal("0.00"))

    def deposit(self, amount, when, memo="deposit"):
        amount = Decimal(amount)
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.history.append(Transaction(when, amount, memo))

    def withdraw(self, amount, when, memo="withdrawal"):
        amount = Decimal(amount)
        if amount > self.balance + self.overdraft:
            raise InsufficientFunds(self.balance, amount)
        self.history.append(Transaction(when, -amount, memo))

    def statement(self):
        lines = [f"Statement for {self.owner} (#{self.number:08d})"]
        running = Decimal(0)
        for t in sorted(self.history, key=lambda t: t.when):
            running += t.amount
            lines.append(f"{t.when:%d %b %Y}  {t.memo:<12} {t.amount:>10,.2f} {running:>10,.2f}")
        return "\n".join(lines)


START = date(2023, 1, 31)


class AccountTests(unittest.TestCase):
    def setUp(self):
        self.acct = Account("Ada", 42)
        self.acct.deposit("100.00", START)

    def test_balance(self):
        self.assertEqual(self.acct.balance, Decimal("100.00"))

    def test_withdraw(self):
        self.acct.withdraw("30.5", START + timedelta(days=1))
        self.assertEqual(self.acct.balance, Decimal("69.50"))

    def test_insufficient(self):
        with self.assertRaises(InsufficientFunds) as cm:
            self.acct.withdraw(500, START)
        self.assertEqual(cm.exception.amount, 500)
        self.assertIn("balance is 100.00", str(cm.exception))

    def test_bad_deposit(self):
        with self.assertRaisesRegex(ValueError, "positive"):
            self.acct.deposit(-1, START)

    def test_repr_hides_history(self):
        self.assertEqual(repr(self.acct), "Account(owner='Ada', number=42, overdraft=Decimal('0'))")

    def test_intentional_failure(self):
        self.assertEqual(self.acct.balance, Decimal("99.99"), "rounding bug?")

    def test_list_diff(self):
        self.assertListEqual([t.memo for t in self.acct.history], ["deposit", "bonus"])

    def test_dict_diff(self):
        self.assertDictEqual({"a": 1, "b": 2}, {"a": 1, "b": 3})

    @unittest.skip("not implemented yet")
    def test_interest(self):
        pass

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertTrue(self.acct.balance < 0)

    def test_months(self):
        for months in range(1, 4):
            with self.subTest(months=months):
                d = START + timedelta(days=30 * months)
                self.assertNotEqual(d.month, 3)

    def test_error(self):
        {}["missing"]

    def test_statement(self):
        self.acct.withdraw(12.25, START + timedelta(days=3), "coffee")
        self.acct.deposit(1999, START - timedelta(days=2), "salary")
        text = self.acct.statement()
        print(text)
        self.assertEqual(text.count("\n"), 3)


def main():
    stream = io.StringIO()
    suite = unittest.TestLoader().loadTestsFromTestCase(AccountTests)
    runner = unittest.TextTestRunner(stream=stream, verbosity=2)
    result = runner.run(suite)
    out = stream.getvalue()
    lines = [l for l in out.splitlines() if not l.startswith("Ran ")]
    print("\n".join(lines))
    print(result)
    print(len(result.failures), len(result.errors), len(result.skipped),
          len(result.expectedFailures), result.wasSuccessful())


main()
