"""Mail merge and report generation with string.Template, string constants and Formatter."""
import string
from string import Template, Formatter, capwords

customers = [
    {"name": "Ada Lovelace", "balance": 1523.5, "due": "2024-07-01", "items": 3},
    {"name": "alan turing", "balance": -20.0, "due": "2024-06-15", "items": 0},
    {"name": "grace HOPPER", "balance": 0, "due": "2024-08-30", "items": 12},
]

letter = Template("""Dear $name,
Your balance of $$${balance} is due on ${due}.
You have $items item(s) on order.$extra""")

for c in customers:
    ctx = dict(c, name=capwords(c["name"]), balance=f"{c['balance']:,.2f}", extra="" if c["items"] else " (none)")
    print(letter.substitute(ctx))
    print("-" * 30)

t = Template("Hello $who, welcome to $place!")
print(t.safe_substitute(who="Bob"))
try:
    t.substitute(who="Bob")
except KeyError as e:
    print("KeyError", e)
try:
    Template("cost: $ 5").substitute()
except ValueError as e:
    print("ValueError", e)
print(Template("$a$b ${a}x $$").substitute(a=1, b=2), t.template)
print(t.get_identifiers() if hasattr(t, "get_identifiers") else None, t.is_valid() if hasattr(t, "is_valid") else None)


class PercentTemplate(Template):
    delimiter = "%"
    idpattern = r"[a-z]+"


print(PercentTemplate("%greeting, %name! 100%% sure").substitute(greeting="Hi", name="Sue"))

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.ascii_lowercase[::-1], string.ascii_uppercase[:5])


def caesar(text, shift):
    lower = string.ascii_lowercase
    upper = string.ascii_uppercase
    table = str.maketrans(lower + upper, lower[shift:] + lower[:shift] + upper[shift:] + upper[:shift])
    return text.translate(table)


secret = caesar("Attack at Dawn, 5 o'clock!", 13)
print(secret, caesar(secret, 13))
fmt = Formatter()
print(list(fmt.parse("Hi {name!r:>10} and {0[1]} {{literal}} end")))
print(fmt.format("{0} + {0} = {1:.1f}", 2, 4), fmt.vformat("{x}-{y}", (), {"x": 1, "y": 2}))


class DefaultFormatter(Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, f"<{key}?>")
        return super().get_value(key, args, kwargs)


print(DefaultFormatter().format("{a} {b} {0}", "zero", a="A"))
rows = [("Widget", 4, 3.5), ("Gadget with a long name", 10, 12.25), ("Nut", 1000, 0.05)]
w = max(len(r[0]) for r in rows)
header = f"{'Item':<{w}} | {'Qty':>5} | {'Price':>8} | {'Total':>10}"
print(header)
print("=" * len(header))
for name, qty, price in rows:
    print(f"{name:<{w}} | {qty:>5} | {price:>8.2f} | {qty * price:>10,.2f}")
print(capwords("  hello   wide  world  "), capwords("a-b c-d", "-"))
print("%s %s" % ("only", "two"), "%5.1f%%" % 99.44, "%+d %+d" % (5, -5), "% d" % 42, "%#o %#x %#X" % (8, 255, 255))
print("%*d|%-*d|" % (5, 42, 5, 42), "%.3s" % "abcdef", "%(x)s%(x)s" % {"x": "ab"}, "%c%c" % ("a", 98))
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % ("one",))
except TypeError as e:
    print("TypeError:", e)
