"""An abc-based plugin hierarchy of payment gateways with registration and capability checks."""
from abc import ABC, abstractmethod
from collections.abc import Sized, Iterable, Mapping
import abc


class Gateway(ABC):
    registry = {}

    def __init_subclass__(cls, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if key:
            Gateway.registry[key] = cls

    def __init__(self, fee_pct):
        self.fee_pct = fee_pct
        self.ledger = []

    @property
    @abstractmethod
    def currency(self):
        ...

    @abstractmethod
    def authorize(self, amount):
        ...

    def charge(self, amount):
        if not self.authorize(amount):
            raise PermissionError(f"{type(self).__name__} declined {amount}")
        fee = round(amount * self.fee_pct / 100, 2)
        self.ledger.append((amount, fee))
        return amount - fee

    @classmethod
    def create(cls, key, *args):
        try:
            return cls.registry[key](*args)
        except KeyError:
            raise LookupError(f"no gateway {key!r}; have {sorted(cls.registry)}") from None

    @staticmethod
    def money(amount, currency):
        return f"{amount:,.2f} {currency}"


class CardGateway(Gateway, key="card"):
    currency = "USD"

    def __init__(self, limit=1000):
        super().__init__(2.9)
        self.limit = limit

    def authorize(self, amount):
        return amount <= self.limit


class WalletGateway(Gateway, key="wallet"):
    def __init__(self, balance):
        super().__init__(1.5)
        self.balance = balance

    @property
    def currency(self):
        return "EUR"

    def authorize(self, amount):
        if amount > self.balance:
            return False
        self.balance -= amount
        return True


class Incomplete(Gateway, key="broken"):
    def authorize(self, amount):
        return True


class Refundable(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Refundable:
            return any("refund" in vars(B) for B in C.__mro__) or NotImplemented
        return NotImplemented


class CryptoGateway(WalletGateway, key="crypto"):
    @property
    def currency(self):
        return "BTC"

    def refund(self, amount):
        self.balance += amount
        return amount


class LegacyBank:
    """Not a Gateway subclass, but registered as one."""
    currency = "GBP"

    def charge(self, amount):
        return amount


Gateway.register(LegacyBank)


class Statement(Sized, Iterable):
    def __init__(self, rows):
        self.rows = rows

    def __len__(self):
        return len(self.rows)

    def __iter__(self):
        return iter(self.rows)


def main():
    print("registry:", sorted(Gateway.registry))
    print("abstract:", sorted(Gateway.__abstractmethods__), sorted(Incomplete.__abstractmethods__))
    for key, args in [("card", ()), ("wallet", (300,)), ("crypto", (50,)), ("broken", ()), ("cash", ())]:
        try:
            g = Gateway.create(key, *args)
        except TypeError as e:
            print(f"{key}: TypeError: {e}")
            continue
        except LookupError as e:
            print(f"{key}: LookupError: {e}")
            continue
        results = []
        for amount in (20, 120, 999.99, 1200):
            try:
                net = g.charge(amount)
                results.append(Gateway.money(net, g.currency))
            except PermissionError as e:
                results.append(f"declined({amount})")
        print(f"{key}: {type(g).__name__} {g.currency}: " + ", ".join(results))
        print(f"   fees: {sum(f for _, f in g.ledger):.2f}  refundable: {isinstance(g, Refundable)}")
    try:
        Gateway(1)
    except TypeError as e:
        print("TypeError:", e)
    bank = LegacyBank()
    print(isinstance(bank, Gateway), issubclass(LegacyBank, Gateway), LegacyBank.__mro__[-1].__name__)
    print(issubclass(CryptoGateway, Refundable), issubclass(CardGateway, Refundable))
    s = Statement([1, 2, 3])
    print(len(s), list(s), isinstance(s, Sized), isinstance(s, Mapping), isinstance({}, Mapping))
    print(issubclass(list, Iterable), isinstance(3, Iterable), Gateway.money(1234567.891, "JPY"))
    print([c.__name__ for c in CryptoGateway.__mro__])
    print(getattr(Gateway.currency, "__isabstractmethod__", False), Gateway.charge.__qualname__)

    class Partial(Gateway):
        currency = "CHF"
    print("Partial abstract:", set(Partial.__abstractmethods__))
    Partial.authorize = lambda self, amount: True
    try:
        Partial(1)
    except TypeError as e:
        print("still abstract:", e)
    abc.update_abstractmethods(Partial)
    print("after update:", Partial(1).charge(100))


main()
