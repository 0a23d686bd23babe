"""Lay out a project status report with textwrap, pprint, reprlib and string tools."""
import pprint
import reprlib
import string
import textwrap
from collections import OrderedDict, defaultdict, Counter, namedtuple, deque

Task = namedtuple("Task", "id title owner estimate done")
tasks = [
    Task(101, "Migrate the billing database to the new cluster with zero downtime", "ana", 13, False),
    Task(102, "Fix flaky integration test in the checkout flow", "bo", 2, True),
    Task(103, "Write onboarding docs", "cy", 5, False),
    Task(104, "Evaluate vendors for transactional e-mail (SES, Postmark, Mailgun)", "ana", 3, True),
    Task(105, "Upgrade to Python 3.11", "dee", 8, False),
]

width = 60
intro = ("This week the team closed two tasks and started the database migration. "
         "Risks: the vendor evaluation took longer than planned, and the test suite "
         "is still slow on CI (about twenty-three minutes per run).")
print(textwrap.fill(intro, width=width, initial_indent="Summary: ", subsequent_indent=" " * 9))
print()
for t in tasks:
    mark = "x" if t.done else " "
    lines = textwrap.wrap(t.title, width=38)
    print(f"[{mark}] #{t.id} {lines[0]:<38} {t.owner:>4} {t.estimate:>3}d")
    for extra in lines[1:]:
        print(f"{'':9}{extra}")
print()
print(textwrap.shorten(intro, width=70, placeholder=" [...]"))
print(textwrap.shorten("short text", 20), "|", textwrap.shorten("   lots   of    spaces   here  ", 15))
print(textwrap.dedent("""\
        def f():
            return 1
          # odd indent
        """), end="")
print(textwrap.indent("a\n\nb\n", "> "), end="")
print(textwrap.indent("a\n\nb\n", "> ", predicate=lambda line: True), end="")
w = textwrap.TextWrapper(width=20, break_long_words=True, break_on_hyphens=True, max_lines=3, placeholder="…")
print(w.wrap("supercalifragilisticexpialidocious well-known long-winded hyphenated-words everywhere"))
print(textwrap.wrap("tabs\there\tand there", width=12, expand_tabs=True, tabsize=4), textwrap.wrap("", 10))
print(textwrap.fill("Sentence one.  Sentence two. Three", width=15, fix_sentence_endings=True))
print(textwrap.wrap("x" * 25, width=10), textwrap.wrap("a-b-c-d-e-f-g-h", width=5), textwrap.wrap("one two", width=3, break_long_words=False))

by_owner = defaultdict(list)
for t in tasks:
    by_owner[t.owner].append(t._asdict())
status = {
    "sprint": 42,
    "owners": dict(by_owner),
    "velocity": [21, 34, 29, 31, 27, 35, 30, 33],
    "counts": Counter(t.done for t in tasks),
    "recent": deque([t.id for t in tasks], maxlen=3),
    "flags": {"frozen": frozenset({"release"}), "tags": {"backend"}},
    "ordered": OrderedDict(a=1, b=2),
}
pprint.pprint(status, width=72, sort_dicts=True)
print(pprint.pformat(status["velocity"], width=20, compact=True))
print(pprint.pformat(tasks[0], width=40))
pprint.pprint(status, depth=1)
pprint.pprint({"long": "word " * 30}, width=50)
print(pprint.isreadable(status["velocity"]), pprint.isrecursive(status), pprint.saferepr({"k": [1, 2]}))
pp = pprint.PrettyPrinter(indent=4, width=30, sort_dicts=False)
pp.pprint({"zeta": [1, 2, 3], "alpha": {"nested": list(range(12))}})
loop = [1, 2]
loop.append(loop)
print(pprint.pformat(loop).split(" with id=")[0], reprlib.repr(loop))

short = reprlib.Repr()
short.maxlist = 4
short.maxstring = 20
short.maxdict = 2
print(short.repr(list(range(100))), short.repr("x" * 100), short.repr({i: i * i for i in range(10)}))
print(reprlib.repr(set(range(50))), reprlib.repr(tuple("abcdefghij")), reprlib.repr(10 ** 50))


class Report:
    def __init__(self, items):
        self.items = items

    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Report({self.items!r})"


r = Report([])
r.items.append(r)
print(repr(r))

tmpl = string.Template("$owner owes ${count} task$plural by $$deadline")
for owner, ts in sorted(by_owner.items()):
    open_tasks = [t for t in ts if not t["done"]]
    print(tmpl.safe_substitute(owner=owner.title(), count=len(open_tasks), plural="" if len(open_tasks) == 1 else "s"))
try:
    tmpl.substitute(owner="x")
except KeyError as e:
    print("KeyError:", e)
try:
    string.Template("bad $").substitute()
except ValueError as e:
    print("ValueError:", e)
print(string.Template("$a $b").get_identifiers(), string.Template("ok").is_valid())


class Upper(string.Formatter):
    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)

    def format_field(self, value, spec):
        if spec == "money":
            return f"${value:,.2f}"
        return super().format_field(value, spec)


fmt = Upper()
print(fmt.format("{0!u} spent {1:money} on {what!r}", "ana", 12345.5, what="servers"))
print(list(string.Formatter().parse("a{0}b{x:>{w}}c{{d}}")))
print(string.capwords("hello   wide world"), string.capwords("a-b c", "-"), string.ascii_lowercase[:5], string.punctuation[:10], string.digits, string.hexdigits, string.octdigits)
