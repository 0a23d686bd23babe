"""Build a table of contents and link report for a Markdown document with re."""
import re
from collections import Counter, defaultdict
from html import escape, unescape
from urllib.parse import urlsplit, urljoin, quote

DOC = """\
# Project Ärger — User Guide

Welcome! See the [installation notes](#installation) and the
[FAQ](https://example.com/faq?lang=en#top "Frequently asked").

## Installation

Run `pip install aerger` or download from <https://example.org/dl>.
Windows users: see [this page](docs/windows.md).

### Requirements & Extras

* Python >= 3.11
* An *optional* **C compiler** for `speedups`
* ~~Legacy~~ nothing else

## Usage

```python
import aerger  # not a [link](nowhere)
aerger.run(level=3)
```

1. Configure via `aerger.toml`
2. Run `aerger --check`
3. Read the [usage docs][usage] and [FAQ again][faq]

## Usage

Duplicate heading on purpose. Contact: <mailto:team@example.com>.

[usage]: https://example.com/docs/usage
[faq]: https://example.com/faq "FAQ"
"""

FENCE = re.compile(r"^```.*?^```[ \t]*$", re.M | re.S)
HEADING = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<title>.+?)\s*#*\s*$", re.M)
INLINE_LINK = re.compile(r"""\[(?P<text>[^\]]+)\]\((?P<url>[^)\s]+)(?:\s+"(?P<title>[^"]*)")?\)""")
REF_LINK = re.compile(r"\[(?P<text>[^\]]+)\]\[(?P<ref>[^\]]*)\]")
REF_DEF = re.compile(r"^\[(?P<ref>[^\]]+)\]:\s*(?P<url>\S+)(?:\s+\"(?P<title>[^\"]*)\")?$", re.M)
AUTOLINK = re.compile(r"<(?P<url>(?:https?|mailto):[^>]+)>")
EMPHASIS = re.compile(r"(\*\*|__)(?P<strong>.+?)\1|(?<![*\w])\*(?P<em>[^*]+)\*|~~(?P<del>.+?)~~|`(?P<code>[^`]+)`")

text = FENCE.sub(lambda m: "\n" * m.group().count("\n"), DOC)


def slugify(title, seen):
    slug = re.sub(r"[^\w\- ]", "", title.lower()).strip().replace(" ", "-")
    if seen[slug]:
        slug_n = f"{slug}-{seen[slug]}"
    else:
        slug_n = slug
    seen[slug] += 1
    return slug_n


seen = Counter()
print("Table of contents")
for m in HEADING.finditer(text):
    level = len(m["hashes"])
    line = text.count("\n", 0, m.start()) + 1
    print(f"{'  ' * (level - 1)}- [{m['title']}](#{slugify(m['title'], seen)})  (line {line})")

refs = {m["ref"].lower(): (m["url"], m["title"]) for m in REF_DEF.finditer(text)}
links = []
for m in INLINE_LINK.finditer(text):
    links.append(("inline", m["text"], m["url"], m["title"]))
for m in REF_LINK.finditer(text):
    url, title = refs.get((m["ref"] or m["text"]).lower(), (None, None))
    links.append(("ref", m["text"], url, title))
for m in AUTOLINK.finditer(text):
    links.append(("auto", m["url"], m["url"], None))

base = "https://example.com/guide/index.html"
by_host = defaultdict(list)
print()
print("Links")
for kind, label, url, title in links:
    absolute = urljoin(base, url) if url else None
    parts = urlsplit(absolute) if absolute else None
    host = parts.hostname if parts and parts.hostname else (parts.scheme if parts else "?")
    by_host[host].append(label)
    extra = f' title="{title}"' if title else ""
    print(f"  {kind:<6} {label!r:<26} -> {absolute}{extra}")
for host, labels in sorted(by_host.items()):
    print(f"  {host}: {len(labels)} link(s)")


def to_html(line):
    def repl(m):
        if m["strong"]:
            return f"<strong>{m['strong']}</strong>"
        if m["em"]:
            return f"<em>{m['em']}</em>"
        if m["del"]:
            return f"<del>{m['del']}</del>"
        return f"<code>{escape(m['code'])}</code>"
    return EMPHASIS.sub(repl, escape(line, quote=False))


print()
for line in text.splitlines():
    if re.match(r"^\s*(?:[*+-]|\d+\.)\s", line):
        item = re.sub(r"^\s*(?:[*+-]|\d+\.)\s+", "", line)
        print("<li>" + to_html(item) + "</li>")
print(unescape("&lt;p&gt; &amp;amp; &eacute; &#x41; &#66; &notanentity;"), quote("Ärger & more/x"), escape('"q" <a>'))
words = re.findall(r"\b[^\W\d_]+\b", text)
print(len(words), Counter(w.lower() for w in words).most_common(3))
print(re.split(r"(\s*[,;]\s*)", "a , b;c ;d"), re.sub(r"(?P<w>\w+)@(\w+)", r"\g<w> at \2", "me@host you@there"))
print(re.findall(r"(?i)usage", text), re.search(r"(?m)^## (\w+)$", text).group(1), re.fullmatch(r"[\w.]+", "a.b_c") is not None)
print(re.subn(r"\s+", " ", "  lots   of\n\tspace "), re.escape("1+1=2?"), [m.span() for m in re.finditer(r"o", "foo boo")])
pat = re.compile(r"""
    (?P<key>[a-z_]+)      # key
    \s*=\s*
    (?P<value>"[^"]*"|\d+)  # quoted string or number
""", re.X)
print([m.groupdict() for m in pat.finditer('level = 3 name="aerger x"  bad=  "y"')], pat.groups, sorted(pat.groupindex))
