"""Validate a batch of orders concurrently-style, collecting every failure into
an ExceptionGroup, then handle the parts with except* and report notes."""
import traceback
from dataclasses import dataclass


class OrderError(Exception):
    def __init__(self, order_id, message):
        super().__init__(f"order {order_id}: {message}")
        self.order_id = order_id


class StockError(OrderError):
    pass


class PaymentError(OrderError):
    pass


@dataclass
class Order:
    id: int
    sku: str
    qty: int
    card: str


STOCK = {"apple": 10, "pear": 0, "plum": 5}


def check(order):
    problems = []
    if order.sku not in STOCK:
        problems.append(KeyError(order.sku))
    elif STOCK[order.sku] < order.qty:
        err = StockError(order.id, f"only {STOCK[order.sku]} {order.sku} left")
        err.add_note(f"requested {order.qty}")
        problems.append(err)
    if not order.card.isdigit() or len(order.card) != 4:
        problems.append(PaymentError(order.id, f"bad card {order.card!r}"))
    if order.qty <= 0:
        problems.append(ValueError(f"order {order.id}: quantity must be positive"))
    if problems:
        raise ExceptionGroup(f"order {order.id} invalid", problems)
    return f"order {order.id} ok"


def process(orders):
    failures, done = [], []
    for o in orders:
        try:
            done.append(check(o))
        except ExceptionGroup as eg:
            failures.append(eg)
    if failures:
        raise ExceptionGroup("batch failed", failures)
    return done


if __name__ == "__main__":
    orders = [Order(1, "apple", 3, "1234"), Order(2, "pear", 1, "12a4"),
              Order(3, "kiwi", 0, "9999"), Order(4, "plum", 9, "0000"), Order(5, "plum", 2, "4321")]
    handled = []
    try:
        process(orders)
    except* StockError as group:
        for e in group.exceptions[0].exceptions if False else []:
            pass
        stock = [e for sub in group.exceptions for e in sub.exceptions]
        handled.append(("stock", [str(e) for e in stock], [e.__notes__ for e in stock]))
    except* PaymentError as group:
        handled.append(("payment", sorted(e.order_id for sub in group.exceptions for e in sub.exceptions)))
    except* (KeyError, ValueError) as group:
        flat = []

        def walk(g):
            for e in g.exceptions:
                walk(e) if isinstance(e, ExceptionGroup) else flat.append(repr(e))
        walk(group)
        handled.append(("other", flat))
    for h in handled:
        print(h)
    eg = ExceptionGroup("demo", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3)])])
    match, rest = eg.split(ValueError)
    print(repr(match), repr(rest))
    print(eg.subgroup(lambda e: isinstance(e, TypeError)))
    print(len(eg.exceptions), eg.message, str(eg))
    try:
        try:
            raise ExceptionGroup("outer", [OSError("disk"), ValueError("v")])
        except* OSError:
            raise RuntimeError("while handling disk")
    except ExceptionGroup as final:
        print(type(final).__name__, [type(e).__name__ for e in final.exceptions])
        lines = traceback.format_exception_only(type(final), final)
        print(lines)
    print(process(orders[:1] + orders[4:]))
    try:
        ExceptionGroup("bad", [])
    except ValueError as e:
        print(e)
    try:
        ExceptionGroup("bad", [KeyboardInterrupt()])
    except TypeError as e:
        print(e)
    print(type(BaseExceptionGroup("m", [KeyboardInterrupt()])).__name__,
          type(BaseExceptionGroup("m", [ValueError()])).__name__)
