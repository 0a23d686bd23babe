import traceback
import sys


class ShopError(Exception):
    """Base class for shop errors."""

    def __init__(self, message, *, code=None):
        super().__init__(message)
        self.code = code

    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}" if self.code else base


class ValidationError(ShopError, ValueError):
    pass


class OutOfStock(ShopError):
    def __init__(self, sku, wanted, available):
        super().__init__(f"{sku}: wanted {wanted}, only {available} left", code="E-STOCK")
        self.sku, self.wanted, self.available = sku, wanted, available

    def __reduce__(self):
        return (type(self), (self.sku, self.wanted, self.available))


class PaymentDeclined(ShopError):
    pass


STOCK = {"apple": 5, "pear": 0, "fig": 12}


def validate(line):
    sku, _, qty = line.partition("x")
    sku = sku.strip()
    try:
        n = int(qty)
    except ValueError as exc:
        raise ValidationError(f"bad quantity {qty.strip()!r}", code="E-QTY") from exc
    if sku not in STOCK:
        raise ValidationError(f"unknown item {sku!r}")
    return sku, n


def reserve(sku, n):
    if STOCK[sku] < n:
        raise OutOfStock(sku, n, STOCK[sku])
    STOCK[sku] -= n


def charge(total):
    if total > 20:
        try:
            {}["card"]
        except KeyError:
            raise PaymentDeclined("card limit exceeded", code="E-PAY")
    return total


def process(order):
    log = []
    try:
        total = 0
        for line in order:
            sku, n = validate(line)
            reserve(sku, n)
            total += n * 2
            log.append(f"reserved {n} {sku}")
        charge(total)
    except OutOfStock as e:
        log.append(f"stock problem: {e} (sku={e.sku})")
    except ShopError as e:
        log.append(f"{type(e).__name__}: {e}")
        if e.__cause__ is not None:
            log.append(f"  caused by {type(e.__cause__).__name__}: {e.__cause__}")
        if e.__context__ is not None and not e.__suppress_context__:
            log.append(f"  while handling {type(e.__context__).__name__}: {e.__context__}")
    else:
        log.append(f"charged {total}")
    finally:
        log.append("done")
    return log


orders = [["apple x 2", "fig x 3"], ["apple x two"], ["kiwi x 1"], ["pear x 1"], ["fig x 9"]]
for order in orders:
    print(order, "->")
    for entry in process(order):
        print("   ", entry)

print(issubclass(ValidationError, ValueError), ValidationError.__mro__[1].__name__)
try:
    validate("apple x lots")
except ValueError as e:
    print("caught as ValueError:", e, e.args)


def deep(n):
    if n == 0:
        raise OutOfStock("fig", 99, 1)
    return deep(n - 1)


try:
    deep(3)
except ShopError:
    text = traceback.format_exc()
    lines = text.splitlines()
    print(lines[0])
    print(len([l for l in lines if l.strip().startswith("File")]), "frames")
    print(lines[-1])
    print([l.strip() for l in lines if l.strip().startswith(("return", "raise"))])

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValidationError("nested") from None
except ShopError as e:
    print(traceback.format_exception_only(type(e), e))
    print("".join(traceback.format_exception_only(e)).strip(), e.__suppress_context__, repr(e.__context__))

err = OutOfStock("pear", 3, 0)
err.add_note("check the warehouse feed")
err.add_note("retry after 5 minutes")
print(err.__notes__)
print(traceback.format_exception_only(err)[-1].rstrip())
print(repr(err), err.args)

try:
    try:
        raise KeyError("sku")
    finally:
        print("cleanup runs before the handler")
except LookupError as e:
    print("LookupError handler", repr(e), str(e))

def risky(kind):
    try:
        if kind == "ret":
            return "returned"
        if kind == "raise":
            raise RuntimeError("boom")
    finally:
        if kind == "swallow":
            return "finally wins"
    return "fell through"


for kind in ["ret", "swallow", "other"]:
    print(kind, "->", risky(kind))
try:
    risky("raise")
except RuntimeError as e:
    tb = e.__traceback__
    depth = 0
    while tb:
        depth += 1
        tb = tb.tb_next
    print("frames in traceback:", depth, traceback.extract_tb(e.__traceback__)[-1].name)

summary = traceback.extract_stack()
print(type(summary).__name__, summary[-1].name, summary[-1].lineno > 0)
exc_type, exc_value, exc_tb = sys.exc_info()
print(exc_type, exc_value, exc_tb)
