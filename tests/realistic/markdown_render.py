"""A tiny Markdown-to-HTML converter (headings, lists, emphasis, code, links)."""
import html
import re

DOC = """\
# Release notes

Version **2.1** is out! See the [changelog](https://example.com/log?x=1&y=2) for
details, or read `docs/intro.md`.

## What's new

- Faster *startup* (about 30% quicker)
- New `--quiet` flag
- Fixed a crash when the input contained <script> tags
  that spanned two lines

1. Download the package
2. Run `install.sh`
3. Enjoy

> Note: this release drops support for Python 3.7.
> Please upgrade.

```python
def hello():
    print("<hi> & bye")
```

---

### Credits
Thanks to __everyone__ who helped, especially *Ada* and **Grace**.
"""

INLINE_RULES = [
    (re.compile(r"`([^`]+)`"), lambda m: f"<code>{m.group(1)}</code>"),
    (re.compile(r"\*\*(.+?)\*\*|__(.+?)__"), lambda m: f"<strong>{m.group(1) or m.group(2)}</strong>"),
    (re.compile(r"(?<![*\w])\*(?!\*)(.+?)\*|(?<!\w)_(?!_)(.+?)_"), lambda m: f"<em>{m.group(1) or m.group(2)}</em>"),
    (re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)"), lambda m: f'<a href="{m.group(2)}">{m.group(1)}</a>'),
]


def inline(text):
    text = html.escape(text, quote=False)
    codes = []

    def stash(m):
        codes.append(m.group(0))
        return f"\x00{len(codes) - 1}\x00"
    text = re.sub(r"`[^`]+`", stash, text)
    for pattern, repl in INLINE_RULES[1:]:
        text = pattern.sub(repl, text)
    text = re.sub(r"\x00(\d+)\x00", lambda m: INLINE_RULES[0][0].sub(INLINE_RULES[0][1], codes[int(m.group(1))]), text)
    return text.replace("&amp;amp;", "&amp;")


def render(md):
    out = []
    lines = md.splitlines()
    i = 0
    para = []

    def flush_para():
        if para:
            out.append("<p>" + inline(" ".join(para)) + "</p>")
            para.clear()

    while i < len(lines):
        line = lines[i]
        if line.startswith("```"):
            flush_para()
            lang = line[3:].strip()
            code = []
            i += 1
            while i < len(lines) and not lines[i].startswith("```"):
                code.append(html.escape(lines[i]))
                i += 1
            cls = f' class="language-{lang}"' if lang else ""
            out.append(f"<pre><code{cls}>" + "\n".join(code) + "</code></pre>")
        elif m := re.match(r"(#{1,6})\s+(.*)", line):
            flush_para()
            level = len(m.group(1))
            slug = re.sub(r"[^a-z0-9]+", "-", m.group(2).lower()).strip("-")
            out.append(f'<h{level} id="{slug}">{inline(m.group(2))}</h{level}>')
        elif re.fullmatch(r"-{3,}|\*{3,}", line.strip()):
            flush_para()
            out.append("<hr>")
        elif re.match(r"\s*[-*]\s+", line) or re.match(r"\s*\d+\.\s+", line):
            flush_para()
            ordered = bool(re.match(r"\s*\d+\.", line))
            tag = "ol" if ordered else "ul"
            items = []
            item_re = r"\s*\d+\.\s+(.*)" if ordered else r"\s*[-*]\s+(.*)"
            while i < len(lines) and lines[i].strip():
                m = re.match(item_re, lines[i])
                if m:
                    items.append(m.group(1))
                elif items and lines[i].startswith("  "):
                    items[-1] += " " + lines[i].strip()
                else:
                    break
                i += 1
            out.append(f"<{tag}>" + "".join(f"<li>{inline(it)}</li>" for it in items) + f"</{tag}>")
            continue
        elif line.startswith(">"):
            flush_para()
            quote = []
            while i < len(lines) and lines[i].startswith(">"):
                quote.append(lines[i].lstrip("> ").rstrip())
                i += 1
            out.append("<blockquote>" + inline(" ".join(quote)) + "</blockquote>")
            continue
        elif not line.strip():
            flush_para()
        else:
            para.append(line.strip())
        i += 1
    flush_para()
    return "\n".join(out)


result = render(DOC)
print(result)
print()
print("tags used:", sorted(set(re.findall(r"<(\w+)", result))))
print("links:", re.findall(r'href="([^"]+)"', result))
print("headings:", [(int(l), t) for l, t in re.findall(r"<h(\d) id=\"[^\"]*\">(.*?)</h\1>", result)])
text_only = html.unescape(re.sub(r"<[^>]+>", "", result))
print("words:", len(text_only.split()), "chars:", len(text_only))
print(html.escape('<a href="x">&</a>'), html.escape("'q'", quote=True), html.unescape("&lt;&#62;&amp;&quot;&#x27;&nbsp;|&copy;"))
for sample in ("plain", "**bold** and *it*", "snake_case_name stays", "a `*not em*` b", "[x](y) [bad](no space)"):
    print(f"{sample!r:32} -> {inline(sample)}")
