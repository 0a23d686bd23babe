# A warehouse inventory simulation mixing the everyday language: classes with
# inheritance and properties, dunder methods, generators and pipelines, a custom
# exception hierarchy with chaining, context managers, closures, comprehensions,
# the three formatting styles, sorting with keys, dicts and sets.
import functools
import itertools
from collections import Counter, defaultdict, namedtuple


# --- exceptions -------------------------------------------------------------

class InventoryError(Exception):
    """Base of everything the warehouse raises."""


class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, available):
        super().__init__(f"{sku}: wanted {wanted}, only {available} left")
        self.sku = sku
        self.wanted = wanted
        self.available = available


class UnknownItem(InventoryError, KeyError):
    pass


class AuditFailure(InventoryError):
    pass


# --- value objects ----------------------------------------------------------

Move = namedtuple("Move", "day kind sku qty")


@functools.total_ordering
class Money:
    __slots__ = ("cents",)

    def __init__(self, cents=0):
        self.cents = int(cents)

    @classmethod
    def parse(cls, text):
        whole, _, frac = text.strip().lstrip("$").partition(".")
        return cls(int(whole) * 100 + int((frac + "00")[:2]))

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if other == 0:
            return self
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        return Money(self.cents - other.cents)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Money(round(self.cents * k))
        return NotImplemented

    __rmul__ = __mul__

    def __neg__(self):
        return Money(-self.cents)

    def __abs__(self):
        return Money(abs(self.cents))

    def __bool__(self):
        return self.cents != 0

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __hash__(self):
        return hash(("Money", self.cents))

    def __repr__(self):
        return f"Money({self.cents})"

    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        whole, cents = divmod(abs(self.cents), 100)
        return f"{sign}${whole:,}.{cents:02d}"

    def __format__(self, spec):
        return format(str(self), spec)


class Item:
    _count = 0

    def __init__(self, sku, name, price, qty=0):
        self.sku = sku
        self.name = name
        self.price = price
        self._qty = 0
        self.qty = qty
        Item._count += 1

    @property
    def qty(self):
        return self._qty

    @qty.setter
    def qty(self, value):
        if value < 0:
            raise ValueError(f"negative quantity for {self.sku}: {value}")
        self._qty = value

    @property
    def value(self):
        return self.price * self.qty

    @staticmethod
    def category():
        return "general"

    def describe(self):
        return f"{self.sku:<6} {self.name:<14} {self.qty:>5} x {self.price:>9} = {self.value:>11}"

    def __repr__(self):
        return f"{type(self).__name__}({self.sku!r}, qty={self.qty})"

    def __eq__(self, other):
        return isinstance(other, Item) and self.sku == other.sku

    def __hash__(self):
        return hash(self.sku)


class Perishable(Item):
    def __init__(self, sku, name, price, qty=0, shelf_life=5):
        super().__init__(sku, name, price, qty)
        self.shelf_life = shelf_life
        self.batches = []  # (expiry day, quantity)

    @staticmethod
    def category():
        return "perishable"

    def describe(self):
        return super().describe() + f"  (life {self.shelf_life}d)"

    def expire(self, today):
        gone = sum(q for day, q in self.batches if day <= today)
        self.batches = [(d, q) for d, q in self.batches if d > today]
        self.qty -= min(gone, self.qty)
        return gone


class Fragile(Item):
    breakage = 0.1

    @staticmethod
    def category():
        return "fragile"


# --- the warehouse ------------------------------------------------------------

class Warehouse:
    def __init__(self, name):
        self.name = name
        self._items = {}
        self.log = []
        self.day = 0

    def __len__(self):
        return len(self._items)

    def __contains__(self, sku):
        return sku in self._items

    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda it: it.sku))

    def __getitem__(self, sku):
        try:
            return self._items[sku]
        except KeyError:
            raise UnknownItem(sku) from None

    def add(self, item):
        self._items[item.sku] = item
        return self

    def receive(self, sku, qty):
        item = self[sku]
        item.qty += qty
        if isinstance(item, Perishable):
            item.batches.append((self.day + item.shelf_life, qty))
        self.log.append(Move(self.day, "in", sku, qty))

    def ship(self, sku, qty):
        item = self[sku]
        if qty > item.qty:
            raise OutOfStock(sku, qty, item.qty)
        item.qty -= qty
        if isinstance(item, Perishable):
            remaining = qty
            new_batches = []
            for day, q in sorted(item.batches):
                take = min(q, remaining)
                remaining -= take
                if q - take:
                    new_batches.append((day, q - take))
            item.batches = new_batches
        self.log.append(Move(self.day, "out", sku, qty))

    def total(self):
        return sum((it.value for it in self._items.values()), Money())

    def by_category(self):
        groups = defaultdict(list)
        for it in self:
            groups[it.category()].append(it.sku)
        return dict(sorted(groups.items()))


class Transaction:
    """Applies operations all-or-nothing: on an error the quantities are restored."""

    def __init__(self, warehouse, label):
        self.warehouse = warehouse
        self.label = label
        self.snapshot = None

    def __enter__(self):
        self.snapshot = {it.sku: (it.qty, list(getattr(it, "batches", []))) for it in self.warehouse}
        self.log_len = len(self.warehouse.log)
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print(f"  [{self.label}] committed")
            return False
        for it in self.warehouse:
            qty, batches = self.snapshot[it.sku]
            it.qty = qty
            if isinstance(it, Perishable):
                it.batches = batches
        del self.warehouse.log[self.log_len:]
        print(f"  [{self.label}] rolled back: {type(exc).__name__}: {exc}")
        return issubclass(exc_type, InventoryError)


# --- generators -----------------------------------------------------------------

def demand(seed, days):
    """Deterministic pseudo-random orders: (day, sku, qty)."""
    state = seed
    skus = ["APL", "BRD", "CUP", "DSH", "EGG"]
    for day in range(1, days + 1):
        for _ in range(3):
            state = (state * 1103515245 + 12345) % 2**31
            yield day, skus[state % len(skus)], 1 + (state >> 8) % 7


def only_days(orders, wanted):
    for order in orders:
        if order[0] in wanted:
            yield order


def batched(iterable, size):
    it = iter(iterable)
    while True:
        chunk = list(itertools.islice(it, size))
        if not chunk:
            return
        yield chunk


def running_total():
    total = 0
    while True:
        amount = yield total
        if amount is None:
            break
        total += amount
    return total


def make_counter(prefix):
    count = 0

    def next_id():
        nonlocal count
        count += 1
        return f"{prefix}-{count:03d}"

    return next_id


def audited(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        if result is None:
            raise AuditFailure(f"{fn.__name__} returned nothing")
        return result

    return wrapper


@audited
def margin(cost, price, *, pct=True):
    if price == cost:
        return None
    m = (price.cents - cost.cents) / price.cents
    return f"{m:.1%}" if pct else m


# --- the simulation ------------------------------------------------------------------

def build():
    w = Warehouse("Central")
    w.add(Item("CUP", "mug", Money.parse("$4.50"), 40))
    w.add(Fragile("DSH", "dish set", Money.parse("$32.99"), 6))
    w.add(Perishable("APL", "apples", Money.parse("0.35"), 0, shelf_life=3))
    w.add(Perishable("BRD", "bread", Money.parse("$2.1"), 0, shelf_life=2))
    w.add(Perishable("EGG", "eggs (dozen)", Money.parse("$3.99"), 0, shelf_life=4))
    return w


def simulate(w, days):
    invoice = make_counter("INV")
    failures = Counter()
    shipped = Counter()
    for day in range(1, days + 1):
        w.day = day
        if day % 2 == 1:
            for sku, qty in (("APL", 30), ("BRD", 12), ("EGG", 8)):
                w.receive(sku, qty)
        for item in w:
            if isinstance(item, Perishable):
                gone = item.expire(day)
                if gone:
                    print(f"day {day}: {gone} {item.name} expired")
        orders = [o for o in demand(7, days) if o[0] == day]
        for _, sku, qty in orders:
            try:
                w.ship(sku, qty)
            except OutOfStock as e:
                failures[e.sku] += 1
                print(f"day {day}: {invoice()} short - {e}")
            else:
                shipped[sku] += qty
    return shipped, failures


def report(w):
    print(f"== {w.name}: {len(w)} items, stock value {w.total()} ==")
    for item in w:
        print(" ", item.describe())
    print("categories:", w.by_category())


def main():
    w = build()
    report(w)
    print("Items created:", Item._count, "| in:", "APL" in w, "ZZZ" in w)

    shipped, failures = simulate(w, 6)
    print("shipped:", sorted(shipped.items(), key=lambda kv: (-kv[1], kv[0])))
    print("failures:", dict(sorted(failures.items())))
    print("most shipped:", shipped.most_common(2))
    report(w)

    # exceptions: custom hierarchy, multiple inheritance from KeyError, chaining
    try:
        w["ZZZ"]
    except KeyError as e:
        print("lookup:", type(e).__name__, repr(e), isinstance(e, InventoryError), e.__cause__, e.__suppress_context__)
    try:
        try:
            w.ship("DSH", 100)
        except OutOfStock as e:
            raise AuditFailure("shipment refused") from e
    except InventoryError as e:
        print("chained:", e, "<-", repr(e.__cause__), e.__cause__.available)
    try:
        try:
            w["CUP"].qty = -1
        except ValueError:
            raise AuditFailure("bad write")
    except AuditFailure as e:
        print("context:", e.__context__, "| cause:", e.__cause__)
    try:
        margin(Money(100), Money(100))
    except AuditFailure as e:
        print("audit:", e, "| wrapped name:", margin.__name__)
    print("margin:", margin(Money(300), Money(450)), margin(Money(300), Money(400), pct=False))

    # context managers: commit and rollback (suppressed) and a non-inventory error
    with Transaction(w, "ok"):
        w.receive("CUP", 10)
        w.ship("CUP", 5)
    with Transaction(w, "too many") as t:
        w.ship("CUP", 3)
        w.ship("DSH", 99)
        print("not reached")
    print("after rollback:", w["CUP"].qty, w["DSH"].qty, t.label)
    try:
        with Transaction(w, "type error"):
            w.ship("CUP", 1)
            w.ship("CUP", "many")
    except TypeError as e:
        print("escaped:", type(e).__name__, "| CUP qty", w["CUP"].qty)

    # generator pipelines, send() and return values
    wanted = {2, 4}
    pipeline = only_days(demand(11, 5), wanted)
    for chunk in batched(pipeline, 4):
        print("batch:", " ".join(f"{d}:{s}x{q}" for d, s, q in chunk))
    acc = running_total()
    next(acc)
    for amount in (5, 10, 20):
        print("running:", acc.send(amount))
    try:
        acc.send(None)
    except StopIteration as stop:
        print("final total:", stop.value)
    gen_sum = sum(q for _, _, q in demand(3, 10))
    print("total demand over 10 days:", gen_sum)

    # comprehensions, sets and dicts
    prices = {it.sku: it.price for it in w}
    cheap = {sku for sku, p in prices.items() if p < Money(400)}
    print("cheap:", sorted(cheap), "| dear:", sorted(set(prices) - cheap))
    inverse = {str(p): sku for sku, p in sorted(prices.items())}
    print("inverse:", inverse)
    grid = [[d * s for s in range(1, 4)] for d in range(1, 4)]
    print("grid:", grid, "| diagonal:", [grid[i][i] for i in range(3)])
    days_by_kind = defaultdict(set)
    for mv in w.log:
        days_by_kind[mv.kind].add(mv.day)
    print("days:", {k: sorted(v) for k, v in sorted(days_by_kind.items())})
    moves = Counter(mv.sku for mv in w.log if mv.kind == "out")
    print("out moves:", sorted(moves.items()))
    print("merged:", dict(sorted({**prices, "NEW": Money(1)}.items())).keys())

    # sorting with keys and the three formatting styles
    items = sorted(w, key=lambda it: (-it.value.cents, it.sku))
    for rank, it in enumerate(items, 1):
        share = it.value.cents / max(1, w.total().cents)
        print("%2d. %-12s %6.2f%% %s" % (rank, it.name, share * 100, "*" * int(share * 20)))
    print("{:>8}|{:^10}|{:<8}|".format("right", "centre", "left"))
    print("{0:+.3e} {0:,.2f} {1:#x} {1:#o} {1:#b} {2:_}".format(12345.678, 255, 10**7))
    print(f"{'pad':*^11} {3.14159:08.3f} {-42:=+8d} {0.000123:g} {1e20:g} {7:%}")
    print("{name!r:>10} {n:03} {money:>12}".format(name="cup", n=7, money=Money(123456)))
    print("%s|%r|%5s|%-5s|%c|%x|%o|%e" % ("s", "r", "ab", "cd", 65, 255, 8, 1234.5))
    print(f"{Money(-5025)!s:>10} {Money(99)!r} {abs(Money(-7))} {-Money(3)} {bool(Money())}")
    print("sum of money:", sum([Money(1), Money(2)]), Money(3) * 2, 3 * Money(5), Money(10) * 0.25)
    print("ordering:", Money(1) <= Money(2), Money(3) > Money(2), max(Money(5), Money(9)))

    # inheritance and introspection
    for cls in (Item, Perishable, Fragile):
        print(cls.__name__, cls.category(), [c.__name__ for c in cls.__mro__])
    print("UnknownItem MRO:", [c.__name__ for c in UnknownItem.__mro__])
    print("subclass:", issubclass(Perishable, Item), isinstance(w["DSH"], (Perishable, Fragile)))
    print("repr:", list(w)[:3], hash(w["CUP"]) == hash("CUP"))
    print("props:", type(Item.qty).__name__, Item.value.fget.__name__, Fragile.breakage)
    try:
        w["CUP"].value = 3
    except AttributeError as e:
        print("attribute:", e)

    # a last audit: every outgoing move must leave non-negative stock
    stock = defaultdict(int)
    for mv in w.log:
        stock[mv.sku] += mv.qty if mv.kind == "in" else -mv.qty
    problems = [sku for sku, q in stock.items() if q < 0 and sku != "CUP" and sku != "DSH"]
    print("audit problems:", problems or "none")
    print("log size:", len(w.log), "first:", w.log[0], "last:", w.log[-1])


if __name__ == "__main__":
    main()
