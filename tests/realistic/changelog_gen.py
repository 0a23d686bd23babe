"""Changelog generator: parses conventional-commit messages, groups them by release tag
and type, renders Markdown with textwrap, and diffs two renderings with difflib."""
import difflib
import re
import textwrap
from collections import OrderedDict, defaultdict
from dataclasses import dataclass
from datetime import date
from itertools import groupby
from string import Template

LOG = """\
a1f3e9c|2024-01-03|feat(parser): support nested brackets in expressions
b7d2210|2024-01-05|fix(cli): exit with status 2 on bad flags (closes #41)
c03e4aa|2024-01-09|docs: explain the --strict option
d9a1b02|2024-01-10|chore(release): v1.4.0
e55f0c1|2024-01-15|feat!: drop Python 3.7 support
f0c2d31|2024-01-16|perf(lexer): cache keyword lookups; 2x faster on large inputs
0a9b8c7|2024-01-20|fix(parser): handle empty input without crashing (#52, #53)
1b2c3d4|2024-01-22|refactor: split the evaluator into smaller modules
2c3d4e5|2024-02-01|feat(cli)!: rename --out to --output
3d4e5f6|2024-02-02|chore(release): v2.0.0
4e5f6a7|2024-02-05|fix: typo in error message
5f6a7b8|2024-02-07|Merge branch 'main' into feature/x
6a7b8c9|2024-02-09|feat(api): expose tokenize() publicly with a very long description that goes on and on to exercise wrapping of long lines
"""

PATTERN = re.compile(
    r"^(?P<type>[a-z]+)(?:\((?P<scope>[\w-]+)\))?(?P<breaking>!)?: (?P<subject>.+)$")
TITLES = OrderedDict([("feat", "Features"), ("fix", "Bug Fixes"), ("perf", "Performance"),
                      ("refactor", "Refactoring"), ("docs", "Documentation")])
ISSUE = re.compile(r"#(\d+)")


@dataclass(frozen=True)
class Commit:
    sha: str
    day: date
    type: str
    scope: str
    subject: str
    breaking: bool

    @property
    def issues(self):
        return tuple(int(n) for n in ISSUE.findall(self.subject))


def parse(log):
    commits, skipped = [], []
    for line in log.splitlines():
        sha, day, message = line.split("|", 2)
        m = PATTERN.match(message)
        if not m:
            skipped.append((sha, message))
            continue
        commits.append(Commit(sha, date.fromisoformat(day), m["type"], m["scope"] or "",
                              m["subject"], bool(m["breaking"])))
    return commits, skipped


def releases(commits):
    """Splits commits (oldest first) at release chores; unreleased work comes last."""
    current, out = [], []
    for c in commits:
        if c.type == "chore" and c.scope == "release":
            out.append((c.subject, c.day, current))
            current = []
        else:
            current.append(c)
    out.append(("Unreleased", None, current))
    return out


ENTRY = Template("- ${scope}${subject} (${sha})")


def render(commits, width=72):
    lines = ["# Changelog", ""]
    for version, day, items in reversed(releases(commits)):
        header = f"## {version}" + (f" — {day:%d %b %Y}" if day else "")
        lines += [header, ""]
        breaking = [c for c in items if c.breaking]
        if breaking:
            lines.append("### ⚠ BREAKING CHANGES")
            for c in breaking:
                lines.append(f"- {c.subject}")
            lines.append("")
        by_type = defaultdict(list)
        for c in items:
            by_type[c.type].append(c)
        for key, title in TITLES.items():
            group = sorted(by_type.get(key, []), key=lambda c: (c.scope, c.day))
            if not group:
                continue
            lines.append(f"### {title}")
            for scope, cs in groupby(group, key=lambda c: c.scope):
                for c in cs:
                    subject = ISSUE.sub(lambda m: f"[#{m[1]}](https://example.org/issues/{m[1]})", c.subject)
                    text = ENTRY.substitute(scope=f"**{scope}:** " if scope else "", subject=subject, sha=c.sha[:7])
                    lines += textwrap.wrap(text, width=width, subsequent_indent="  ", break_on_hyphens=False)
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


commits, skipped = parse(LOG)
print(f"{len(commits)} conventional commits, {len(skipped)} skipped: {skipped}")
first = render(commits)
print(first)
stats = {t: sum(1 for c in commits if c.type == t) for t in sorted({c.type for c in commits})}
print("by type:", stats, "| issues:", sorted({i for c in commits for i in c.issues}))
print("span:", (commits[-1].day - commits[0].day).days, "days;", "breaking:", [c.sha for c in commits if c.breaking])
second = render(commits[:-2] + [Commit("7b8c9d0", date(2024, 2, 10), "fix", "api", "tokenize() keeps positions (#60)", False)], width=60)
diff = difflib.unified_diff(first.splitlines(), second.splitlines(), "CHANGELOG.old", "CHANGELOG.new", lineterm="", n=1)
print("\n".join(diff))
ratio = difflib.SequenceMatcher(None, first, second).ratio()
print(f"similarity {ratio:.3f}")
