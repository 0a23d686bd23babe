"""A mail merge with string.Template: defaults, custom delimiters, and error reports."""
from string import Template

CUSTOMERS = [
    {"first": "Ada", "last": "Lovelace", "plan": "Pro", "due": "120.00", "days": 3},
    {"first": "Alan", "last": "Turing", "plan": "Basic", "due": "15.50", "days": 0},
    {"first": "Grace", "last": "Hopper", "plan": "Team", "due": "980.25", "days": 14, "company": "Navy Labs"},
    {"first": "Edsger", "plan": "Pro", "due": "120.00", "days": 40},
]

LETTER = Template("""Dear $first ${last},
Your $plan plan${company_note} has a balance of $$${due}.
$status
-- The ${team} Team""")


class PercentTemplate(Template):
    delimiter = "%"
    idpattern = r"[a-z][a-z_]*"


class BraceOnly(Template):
    braceidpattern = r"[A-Z_]+"


def status(days):
    if days == 0:
        return "Thank you for paying on time."
    if days < 30:
        return f"Payment is {days} day{'s' if days != 1 else ''} overdue."
    return "Your account has been suspended."


def merge(customer):
    fields = dict(customer)
    fields["status"] = status(customer["days"])
    fields["company_note"] = f" (for {customer['company']})" if "company" in customer else ""
    return LETTER.safe_substitute(fields, team="Billing")


for c in CUSTOMERS:
    print(merge(c))
    print("=" * 20)

try:
    LETTER.substitute(CUSTOMERS[3])
except KeyError as e:
    print("missing field:", e)
print(LETTER.get_identifiers())
print(LETTER.is_valid(), Template("cost: $").is_valid(), Template("$$ $ok").is_valid())
try:
    Template("price: $5").substitute({})
except ValueError as e:
    print("ValueError:", e)

subject = PercentTemplate("Invoice %number for %first_name: %%%amount off")
print(subject.substitute(number="A-17", first_name="Ada", amount=20))
print(BraceOnly("$plain ${SHOUT} ${quiet}").safe_substitute(SHOUT="HEY", plain="p", quiet="q"))

summary = Template("$n customers, $$${total} outstanding, worst: ${worst}")
owed = [c for c in CUSTOMERS if c["days"] > 0]
print(summary.substitute(n=len(CUSTOMERS), total=sum(float(c["due"]) for c in owed),
                         worst=max(owed, key=lambda c: c["days"])["first"]))
print(Template("${a}${b}$c").substitute({"a": 1, "b": 2}, c=[3]))
print(Template.delimiter, PercentTemplate.delimiter, Template.idpattern == PercentTemplate.idpattern)
