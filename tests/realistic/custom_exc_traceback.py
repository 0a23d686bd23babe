"""An order pipeline with a custom exception hierarchy, chained causes and traceback formatting."""
import traceback
import sys
import re


class PipelineError(Exception):
    """Base of every error the pipeline raises."""

    def __init__(self, message, *, stage=None, order_id=None):
        super().__init__(message)
        self.stage = stage
        self.order_id = order_id

    def __str__(self):
        base = super().__str__()
        where = ", ".join(f"{k}={v}" for k, v in (("stage", self.stage), ("order", self.order_id)) if v is not None)
        return f"{base} [{where}]" if where else base


class ValidationError(PipelineError):
    pass


class MissingField(ValidationError):
    def __init__(self, field, **kw):
        super().__init__(f"missing field {field!r}", **kw)
        self.field = field


class PricingError(PipelineError):
    pass


class InventoryError(PipelineError):
    def __init__(self, sku, wanted, available, **kw):
        super().__init__(f"need {wanted} of {sku}, only {available} left", **kw)
        self.args = (sku, wanted, available)


STOCK = {"A1": 5, "B2": 0, "C3": 12}
PRICES = {"A1": "9.99", "B2": "4.50", "C3": "n/a"}


def validate(order):
    for key in ("id", "sku", "qty"):
        if key not in order:
            raise MissingField(key, stage="validate", order_id=order.get("id"))
    if not isinstance(order["qty"], int) or order["qty"] <= 0:
        raise ValidationError(f"qty must be a positive int, got {order['qty']!r}", stage="validate", order_id=order["id"])


def price(order):
    try:
        unit = float(PRICES[order["sku"]])
    except KeyError as exc:
        raise PricingError(f"unknown sku {exc}", stage="price", order_id=order["id"]) from exc
    except ValueError:
        raise PricingError("price table corrupt", stage="price", order_id=order["id"])
    return round(unit * order["qty"], 2)


def reserve(order):
    have = STOCK.get(order["sku"], 0)
    if have < order["qty"]:
        raise InventoryError(order["sku"], order["qty"], have, stage="reserve", order_id=order["id"])
    STOCK[order["sku"]] = have - order["qty"]


def process(order):
    validate(order)
    total = price(order)
    reserve(order)
    return total


def short_tb(text):
    # keep only file names, not directories, so the report is stable
    return re.sub(r'File "[^"]*[/\\]([^"/\\]+)"', r'File "\1"', text)


orders = [
    {"id": 1, "sku": "A1", "qty": 2},
    {"id": 2, "sku": "B2", "qty": 1},
    {"id": 3, "sku": "C3", "qty": 1},
    {"id": 4, "sku": "Z9", "qty": 1},
    {"id": 5, "qty": 1},
    {"id": 6, "sku": "A1", "qty": -3},
    {"id": 7, "sku": "A1", "qty": 4},
]
failures = []
for order in orders:
    try:
        total = process(order)
    except ValidationError as exc:
        print(f"order {order['id']}: invalid: {exc}")
        failures.append(exc)
    except PipelineError as exc:
        print(f"order {order['id']}: {type(exc).__name__}: {exc} (args={exc.args})")
        failures.append(exc)
    else:
        print(f"order {order['id']}: ok, total {total:.2f}")
    finally:
        pass

print(STOCK)
by_kind = {}
for exc in failures:
    by_kind.setdefault(type(exc).__mro__[1].__name__, []).append(exc.order_id)
print(by_kind)

try:
    process({"id": 4, "sku": "Z9", "qty": 1})
except PricingError:
    text = traceback.format_exc()
print(short_tb(text))
err = failures[1]
print("cause:", repr(err.__cause__), "suppress:", err.__suppress_context__)
print(traceback.format_exception_only(type(err), err))
print("".join(traceback.format_exception(err, limit=1, chain=False)).count("\n"))
try:
    try:
        process({"id": 3, "sku": "C3", "qty": 1})
    except PricingError as exc:
        raise RuntimeError("batch aborted") from None
except RuntimeError as exc:
    print(repr(exc), exc.__cause__, exc.__suppress_context__, type(exc.__context__).__name__)
stack = traceback.extract_tb(failures[0].__traceback__)
print([(f.name, f.line) for f in stack])
summary = traceback.TracebackException.from_exception(failures[-1])
print(summary.exc_type.__name__, str(summary), [fr.name for fr in summary.stack])
try:
    raise ExceptionGroup("many", [e for e in failures[:3]])
except* ValidationError as group:
    print("validation group:", [str(e) for e in group.exceptions])
except* PipelineError as group:
    print("pipeline group:", [type(e).__name__ for e in group.exceptions])
