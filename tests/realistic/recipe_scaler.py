"""Scale a recipe: parse quantities (mixed fractions, unicode vulgar fractions), convert units, print a card."""
import re
import unicodedata
from fractions import Fraction
from string import Template
from textwrap import dedent

RECIPE = dedent("""\
    Pancakes (serves 4)
    1 1/2 cups flour
    3 1/2 tsp baking powder
    1 tbsp sugar
    ¼ tsp salt
    1¼ cups milk
    1 egg
    3 tbsp butter, melted
    2 pinches cinnamon
    """)

UNIT_ML = {"tsp": Fraction(5), "tbsp": Fraction(15), "cup": Fraction(240), "cups": Fraction(240)}
QTY = re.compile(r"^(?P<qty>(?:\d+\s+)?\d+/\d+|\d*[¼½¾⅓⅔⅛]|\d+(?:\.\d+)?)\s+(?P<rest>.*)$")


def parse_qty(text: str) -> Fraction:
    text = text.strip()
    if text and unicodedata.numeric(text[-1], None) is not None and not text[-1].isdigit():
        whole = Fraction(text[:-1]) if text[:-1] else Fraction(0)
        return whole + Fraction(unicodedata.numeric(text[-1])).limit_denominator(8)
    parts = text.split()
    return sum((Fraction(p) for p in parts), Fraction(0))


def pretty(q: Fraction) -> str:
    whole, frac = divmod(q, 1)
    frac = Fraction(frac).limit_denominator(8)
    if not frac:
        return str(whole)
    return f"{whole} {frac}" if whole else str(frac)


def scale(recipe: str, factor: Fraction):
    title, *lines = recipe.strip().splitlines()
    serves = int(re.search(r"serves (\d+)", title).group(1))
    out = [re.sub(r"serves \d+", f"serves {serves * factor}", title)]
    for line in lines:
        m = QTY.match(line)
        if not m:
            out.append(f"  ?? {line}")
            continue
        q = parse_qty(m["qty"]) * factor
        rest = m["rest"]
        unit = rest.split()[0].rstrip(",")
        metric = f" (~{float(q * UNIT_ML[unit]):.0f} ml)" if unit in UNIT_ML else ""
        out.append(f"  {pretty(q):>7} {rest}{metric}")
    return out


for factor in (Fraction(1), Fraction(3, 2), Fraction(1, 4), Fraction(5)):
    print(f"x{factor}:")
    print("\n".join(scale(RECIPE, factor)))
print([str(parse_qty(s)) for s in ["1 1/2", "¾", "2⅓", "0.5", "7", "⅛"]])
print([unicodedata.name(c) for c in "¼⅔"], unicodedata.numeric("½"), "⅓".isnumeric(), "⅓".isdigit())
card = Template(dedent("""\
    +$line+
    | $title |
    +$line+
    | Ingredients: $count$pad|
    +$line+"""))
title = RECIPE.splitlines()[0]
count = str(len(RECIPE.splitlines()) - 1)
print(card.substitute(line="-" * (len(title) + 2), title=title, count=count,
                      pad=" " * (len(title) - len("Ingredients: ") - len(count) + 1)))
print(Template("$$${amount} for ${who}").safe_substitute(amount="4.50"), Template.delimiter, Template.idpattern)
