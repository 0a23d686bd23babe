"""Source-code statistics using tokenize: counts lines of code, comments,
docstrings, identifiers and operators for a few embedded modules."""
import io
import keyword
import tokenize
from collections import Counter

SAMPLES = {
    "geometry.py": '''"""Simple geometry helpers."""
import math


class Point:
    """A 2-D point."""

    def __init__(self, x, y):
        self.x = x  # horizontal
        self.y = y  # vertical

    def distance(self, other):
        return math.hypot(self.x - other.x, self.y - other.y)


def centroid(points):
    # average of all coordinates
    n = len(points)
    return Point(sum(p.x for p in points) / n,
                 sum(p.y for p in points) / n)
''',
    "config.py": '''# configuration
DEBUG = False
LEVELS = {"low": 1, "mid": 5, "high": 10}
THRESHOLD = 0x1F + 1e3 - .5j.imag

def level(name):
    """Look up a level by name."""
    return LEVELS.get(name, -1)
''',
}


def analyse(name, source):
    stats = Counter()
    names = Counter()
    ops = Counter()
    code_lines = set()
    comment_lines = set()
    prev_type = tokenize.INDENT
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        ttype, text, (srow, _), (erow, _), _ = tok
        if ttype == tokenize.COMMENT:
            comment_lines.add(srow)
            stats["comments"] += 1
        elif ttype == tokenize.STRING and prev_type in (tokenize.INDENT, tokenize.NEWLINE,
                                                        tokenize.NL, tokenize.DEDENT):
            stats["docstrings"] += 1
            code_lines.update(range(srow, erow + 1))
        elif ttype == tokenize.NAME:
            if keyword.iskeyword(text):
                stats["keywords"] += 1
            else:
                names[text] += 1
            code_lines.add(srow)
        elif ttype == tokenize.OP:
            ops[tokenize.tok_name[tok.exact_type]] += 1
            code_lines.add(srow)
        elif ttype in (tokenize.NUMBER, tokenize.STRING):
            stats["literals"] += 1
            code_lines.add(srow)
        if ttype not in (tokenize.NL, tokenize.COMMENT):
            prev_type = ttype
    total = source.count("\n")
    print(f"== {name}: {total} lines, {len(code_lines)} code, "
          f"{len(comment_lines)} with comments")
    for key in sorted(stats):
        print(f"   {key:<11}{stats[key]:>4}")
    print("   top names:", ", ".join(f"{n}={c}" for n, c in names.most_common(4)))
    print("   operators:", " ".join(f"{k}:{v}" for k, v in sorted(ops.items())))
    return stats


def strip_comments(source):
    """Rebuild the source without its comments."""
    kept = [tok for tok in tokenize.generate_tokens(io.StringIO(source).readline)
            if tok.type != tokenize.COMMENT]
    return tokenize.untokenize(kept)


def rename(source, old, new):
    out = []
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type == tokenize.NAME and tok.string == old:
            tok = tok._replace(string=new)
        out.append(tok)
    return tokenize.untokenize(out)


totals = Counter()
for name, src in SAMPLES.items():
    totals.update(analyse(name, src))
print("totals:", dict(sorted(totals.items())))
print(strip_comments(SAMPLES["config.py"]))
print(rename(SAMPLES["geometry.py"], "points", "pts").splitlines()[-3:])
broken = "def f(:\n    return (1,\n"
try:
    list(tokenize.generate_tokens(io.StringIO(broken).readline))
except tokenize.TokenError as exc:
    print("TokenError:", exc.args)
