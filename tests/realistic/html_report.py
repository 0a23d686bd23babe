"""Render a small product table to HTML, then parse it back and decode entities."""
import html
from html.entities import name2codepoint, codepoint2name, entitydefs, html5
from html.parser import HTMLParser
import re

PRODUCTS = [
    ("Café au lait", 3.2, "Hot & creamy <best seller>"),
    ("Crème brûlée", 5.75, "Caramel \"crust\""),
    ("Smørrebrød", 8.0, "Rye bread © Nordic"),
    ("Pão de queijo", 2.5, "Cheese bread ½ dozen"),
]


def entity_escape(text):
    """Escape with named entities where HTML 4 has one."""
    out = []
    for ch in text:
        cp = ord(ch)
        if ch in "&<>\"":
            out.append(f"&{codepoint2name[cp]};")
        elif cp > 127:
            name = codepoint2name.get(cp)
            out.append(f"&{name};" if name else f"&#{cp};")
        else:
            out.append(ch)
    return "".join(out)


rows = "\n".join(
    f"  <tr><td>{entity_escape(n)}</td><td class=\"num\">{p:.2f}</td><td>{html.escape(d)}</td></tr>"
    for n, p, d in PRODUCTS)
page = f"<table>\n{rows}\n</table>"
print(page)


class TableReader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.rows, self.cell, self.in_td = [], [], False

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
        elif tag == "td":
            self.in_td, self.cell = True, []

    def handle_endtag(self, tag):
        if tag == "td":
            self.rows[-1].append("".join(self.cell))
            self.in_td = False

    def handle_data(self, data):
        if self.in_td:
            self.cell.append(data)


reader = TableReader()
reader.feed(page)
reader.close()
for row in reader.rows:
    print(row)
print(all(r[0] == p[0] and r[2] == p[2] for r, p in zip(reader.rows, PRODUCTS)))

print(len(name2codepoint), len(codepoint2name), len(entitydefs), len(html5))
print(name2codepoint["eacute"], name2codepoint["hearts"], name2codepoint["lang"], codepoint2name[8364])
print(entitydefs["copy"], entitydefs["amp"], repr(entitydefs["nbsp"]))
print(html5["amp;"], html5["amp"], html5["NotEqualTilde;"], "gt" in html5, "hearts" in html5)
print(list(name2codepoint)[:6], list(html5)[:6])
greek = sorted((cp, n) for n, cp in name2codepoint.items() if 0x391 <= cp <= 0x3c9)
print("".join(chr(cp) for cp, _ in greek))
print(" ".join(n for _, n in greek[:8]))
text = "5 &lt; 6 &amp;&amp; &quot;caf&eacute;&quot; &#x263A; &#9731; &notanentity; &copy2024 &hearts;"
print(html.unescape(text))
print(re.sub(r"&(\w+);", lambda m: chr(name2codepoint.get(m.group(1), 63)), "&alpha;&beta;&zzz;&Omega;"))
