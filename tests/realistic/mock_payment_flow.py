"""Checkout flow against a payment gateway and a mailer, both replaced by mocks."""
from decimal import Decimal
from unittest.mock import MagicMock, Mock, call, ANY, patch, sentinel
import re


class PaymentDeclined(Exception):
    pass


class Gateway:
    def authorize(self, card, amount, currency="EUR"):
        raise NotImplementedError

    def capture(self, auth_id):
        raise NotImplementedError

    def refund(self, auth_id, amount):
        raise NotImplementedError


class Checkout:
    def __init__(self, gateway, mailer, audit):
        self.gateway = gateway
        self.mailer = mailer
        self.audit = audit

    def pay(self, order):
        total = sum(Decimal(str(price)) * qty for _, price, qty in order["lines"])
        total = total.quantize(Decimal("0.01"))
        self.audit.log("start", order["id"], total=total)
        try:
            auth = self.gateway.authorize(order["card"], total, currency=order.get("currency", "EUR"))
        except PaymentDeclined as exc:
            self.audit.log("declined", order["id"], reason=str(exc))
            self.mailer.send(order["email"], "Payment declined", f"Reason: {exc}")
            return None
        receipt = self.gateway.capture(auth)
        self.audit.log("captured", order["id"], receipt=receipt)
        self.mailer.send(order["email"], "Receipt", "Paid %s %s" % (total, order.get("currency", "EUR")))
        return receipt


def ids(text):
    return re.sub(r"id='\d+'", "id=…", text)


orders = [
    {"id": 1, "card": "4111", "email": "ann@example.com",
     "lines": [("book", 12.5, 2), ("pen", 1.2, 3)]},
    {"id": 2, "card": "5500", "email": "bob@example.com", "currency": "USD",
     "lines": [("lamp", 40, 1)]},
    {"id": 3, "card": "0000", "email": "cy@example.com",
     "lines": [("desk", 199.99, 1)]},
]

gateway = Mock(spec=Gateway)
gateway.authorize.side_effect = [sentinel.auth1, sentinel.auth2, PaymentDeclined("insufficient funds")]
gateway.capture.side_effect = lambda auth: "R-" + str(auth).split(".")[1].upper()
mailer = MagicMock(name="mailer")
audit = Mock()
shop = Checkout(gateway, mailer, audit)

for order in orders:
    print(order["id"], "->", shop.pay(order))

print("authorize calls:")
for c in gateway.authorize.call_args_list:
    args, kwargs = c
    print("  ", args, kwargs)
print("capture:", gateway.capture.mock_calls)
print("audit:")
for name, args, kwargs in audit.mock_calls:
    print("   %-8s %-10s %s" % (name, args, sorted(kwargs.items())))
print(ids(repr(mailer.send)))
mailer.send.assert_has_calls([
    call("ann@example.com", "Receipt", ANY),
    call("bob@example.com", "Receipt", "Paid 40.00 USD"),
])
mailer.send.assert_any_call("cy@example.com", "Payment declined", "Reason: insufficient funds")
gateway.refund.assert_not_called()

checks = [
    ("called once", lambda: gateway.capture.assert_called_once()),
    ("last authorize", lambda: gateway.authorize.assert_called_with("0000", Decimal("199.98"), currency="EUR")),
    ("unknown attr", lambda: gateway.settle),
    ("refund", lambda: gateway.refund.assert_called_once_with(sentinel.auth1, 1)),
    ("mailer order", lambda: mailer.send.assert_has_calls([call("bob@example.com", ANY, ANY), call("ann@example.com", ANY, ANY)])),
    ("any order", lambda: mailer.send.assert_has_calls([call("zed@example.com", ANY, ANY)], any_order=True)),
]
for label, check in checks:
    try:
        check()
        print(label, "ok")
    except (AssertionError, AttributeError) as exc:
        print("%s: %s: %s" % (label, type(exc).__name__, exc))

with patch.object(Checkout, "pay", return_value="stubbed") as fake_pay:
    print(Checkout(None, None, None).pay({"id": 9}))
    print(fake_pay.call_args)
print(Checkout.pay.__qualname__)

audit.reset_mock()
print(audit.mock_calls, audit.log.called)
