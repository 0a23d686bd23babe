# A bank simulation: class hierarchy, custom exceptions, properties, class methods,
# context manager transactions, sorting and a report.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance {account.balance}")
        self.account, self.amount = account, amount
class Account:
    _next_id = 1
    interest = 0.0
    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("dep", amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("wd", amount))
        return self
    def add_interest(self):
        gained = round(self._balance * self.interest, 2)
        self._balance += gained
        return gained
    @classmethod
    def open(cls, owner, initial):
        return cls(owner).deposit(initial)
    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self._balance})"
    def __lt__(self, other):
        return self._balance < other._balance
class Savings(Account):
    interest = 0.02
class Checking(Account):
    overdraft = 100
    def withdraw(self, amount):
        if amount > self._balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("wd", amount))
        return self
class Transaction:
    def __init__(self, *accounts):
        self.accounts = accounts
    def __enter__(self):
        self.saved = [(a, a._balance, len(a.history)) for a in self.accounts]
        return self
    def __exit__(self, typ, exc, tb):
        if typ is not None:
            for a, bal, n in self.saved:
                a._balance = bal
                del a.history[n:]
            print(f"rolled back: {exc}")
            return issubclass(typ, InsufficientFunds)
        return False
def transfer(src, dst, amount):
    with Transaction(src, dst):
        dst.deposit(amount)
        src.withdraw(amount)
alice = Savings.open("alice", 1000)
bob = Checking.open("bob", 50)
carol = Account("carol")
transfer(alice, bob, 300)
transfer(bob, carol, 500)
transfer(bob, carol, 400)
try:
    carol.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
print(alice, bob, carol)
print([a.add_interest() for a in (alice, bob, carol)])
accounts = sorted([alice, bob, carol])
print(accounts, max(accounts).owner, [a.id for a in accounts])
for a in accounts:
    deposits = sum(x for kind, x in a.history if kind == "dep")
    withdrawals = sum(x for kind, x in a.history if kind == "wd")
    print(f"{a.owner:>6}: {len(a.history)} ops, +{deposits} -{withdrawals} = {a.balance:.2f}")
try:
    bob.balance = 5
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(alice, Account), issubclass(Checking, Savings), Savings.__mro__[1].__name__, Account._next_id)
