"""Regex-driven converters: an INI reader, CSV to an HTML table, and light markup to HTML."""
import re
import html
import csv
import io

INI_TEXT = r"""
; site configuration
[server]
host = example.org
port=8080
debug = yes   ; inline comment
paths = /var/www, /srv/static ,/tmp

[database]
url = postgres://user:p%40ss@db:5432/app
pool size = 10
timeout = 2.5

[empty]

[features]
beta-search = on
dark_mode = off
max_upload = 25MB
"""

SECTION = re.compile(r"^\s*\[(?P<name>[^\]]+)\]\s*$")
OPTION = re.compile(r"^\s*(?P<key>[^=:;#]+?)\s*[=:]\s*(?P<value>.*?)\s*(?:[;#].*)?$")
SIZE = re.compile(r"^(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>[KMG]?B)$", re.I)


def parse_ini(text):
    data, section, errors = {}, None, []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith((";", "#")):
            continue
        if m := SECTION.match(line):
            section = data.setdefault(m["name"].strip(), {})
        elif (m := OPTION.match(line)) and section is not None:
            section[m["key"].lower().replace(" ", "_")] = m["value"]
        else:
            errors.append((lineno, line))
    return data, errors


def convert(value):
    if re.fullmatch(r"(?i)yes|on|true", value):
        return True
    if re.fullmatch(r"(?i)no|off|false", value):
        return False
    if re.fullmatch(r"[+-]?\d+", value):
        return int(value)
    if re.fullmatch(r"[+-]?\d*\.\d+(e[+-]?\d+)?", value, re.I):
        return float(value)
    if m := SIZE.match(value):
        factor = {"B": 1, "KB": 1024, "MB": 1024 ** 2, "GB": 1024 ** 3}[m["unit"].upper()]
        return int(float(m["n"]) * factor)
    if "," in value:
        return [v.strip() for v in value.split(",")]
    return value


CSV_TEXT = '''region,product,units,price
North,"Widget, large",120,9.99
South,Gadget,75,24.50
North,<script>,3,0.01
East,"Gizmo ""Pro""",40,99.00
South,Widget,200,4.25
'''


def csv_to_html(text):
    rows = list(csv.reader(io.StringIO(text)))
    head, body = rows[0], rows[1:]
    numeric = [all(re.fullmatch(r"-?\d+(\.\d+)?", r[i]) for r in body) for i in range(len(head))]
    out = ["<table>", "  <tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in head) + "</tr>"]
    for r in body:
        cells = []
        for i, v in enumerate(r):
            cls = ' class="num"' if numeric[i] else ""
            cells.append(f"<td{cls}>{html.escape(v)}</td>")
        out.append("  <tr>" + "".join(cells) + "</tr>")
    total = sum(int(r[2]) * float(r[3]) for r in body)
    out.append(f'  <tr><td colspan="{len(head) - 1}">total</td><td class="num">{total:.2f}</td></tr>')
    out.append("</table>")
    return "\n".join(out)


MARKUP = """# Release notes
Version *2.1* brings **bold** changes & fixes.
See [the docs](https://example.org/docs?a=1&b=2) or `run --help`.

## Changes
- faster `parse()` by ~30%
- new **--dry-run** flag
- removed <blink> support

1. update
2. restart
"""

INLINE = [
    (re.compile(r"`([^`]+)`"), r"<code>\1</code>"),
    (re.compile(r"\*\*(.+?)\*\*"), r"<strong>\1</strong>"),
    (re.compile(r"(?<!\*)\*(?!\*)(.+?)\*"), r"<em>\1</em>"),
    (re.compile(r"\[([^\]]+)\]\(([^)]+)\)"), r'<a href="\2">\1</a>'),
]


def inline(text):
    text = html.escape(text, quote=False)
    for pat, rep in INLINE:
        text = pat.sub(rep, text)
    return text


def markup_to_html(text):
    out, lst = [], None
    for line in text.splitlines():
        if m := re.match(r"(#{1,6})\s+(.*)", line):
            lst = close(out, lst)
            n = len(m.group(1))
            slug = re.sub(r"[^a-z0-9]+", "-", m.group(2).lower()).strip("-")
            out.append(f'<h{n} id="{slug}">{inline(m.group(2))}</h{n}>')
        elif m := re.match(r"\s*([-*]|\d+\.)\s+(.*)", line):
            kind = "ol" if m.group(1)[0].isdigit() else "ul"
            if lst != kind:
                lst = close(out, lst)
                out.append(f"<{kind}>")
                lst = kind
            out.append(f"  <li>{inline(m.group(2))}</li>")
        elif line.strip():
            lst = close(out, lst)
            out.append(f"<p>{inline(line)}</p>")
        else:
            lst = close(out, lst)
    close(out, lst)
    return "\n".join(out)


def close(out, lst):
    if lst:
        out.append(f"</{lst}>")
    return None


def main():
    data, errors = parse_ini(INI_TEXT)
    for section, options in data.items():
        print(f"[{section}]")
        for key, value in options.items():
            v = convert(value)
            print(f"  {key:<12} = {v!r} ({type(v).__name__})")
    print("errors:", errors)
    print(parse_ini("key = before section\n[ok]\n= no key\nx: 1")[1])
    print()
    print(csv_to_html(CSV_TEXT))
    print()
    print(markup_to_html(MARKUP))
    print()
    log = "2024-03-10T12:00:01Z ERROR [db] timeout after 30s (attempt 3/5)"
    m = re.match(r"(?P<ts>\S+)\s+(?P<level>[A-Z]+)\s+\[(?P<mod>\w+)\]\s+(?P<msg>.*?)(?:\s+\(attempt (?P<n>\d+)/(?P<of>\d+)\))?$", log)
    print(m.groupdict(), m.start("msg"), m.end("msg"))
    print(re.findall(r"\b\w+(?=s\b)", "cats dogs bus is"), re.sub(r"(?m)^\s+", "", "  a\n    b"), re.split(r"\W+", "a, b;c.d", maxsplit=2))
    print([m.span() for m in re.finditer(r"a+", "baaac aa")], re.sub(r"(\w)(\w*)", lambda m: m[1].upper() + m[2], "hello big world"))


main()
