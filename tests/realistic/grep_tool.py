"""A small grep/wc clone driven by argparse over an in-memory corpus."""
import argparse
import re
import sys
from collections import defaultdict

CORPUS = {
    "notes.txt": """Meeting notes 2024-03-01
- Alice: finish the parser (ETA 2024-03-08)
- Bob: review PR #42 and #57
- Carol: benchmark; results at http://example.com/bench?id=9
TODO: decide on the release date
""",
    "todo.md": """# TODO
* [ ] write docs
* [x] fix bug #42
* [ ] todo: add tests for edge cases
Contact: alice@example.com, bob.smith@example.org
""",
    "log.txt": """ERROR 12:00:01 disk full on /dev/sda1
WARN  12:00:05 retrying in 5s
INFO  12:00:10 recovered
ERROR 12:01:00 timeout after 30s (attempt 3/5)
""",
}


def build_parser():
    p = argparse.ArgumentParser(prog="mgrep", description="Search the corpus.")
    p.add_argument("pattern", help="regular expression")
    p.add_argument("files", nargs="*", help="files to search (default: all)")
    p.add_argument("-i", "--ignore-case", action="store_true")
    p.add_argument("-n", "--line-number", action="store_true")
    p.add_argument("-c", "--count", action="store_true")
    p.add_argument("-o", "--only-matching", action="store_true")
    p.add_argument("-v", "--invert-match", action="store_true")
    p.add_argument("-w", "--word", action="store_true")
    p.add_argument("--max-count", type=int, default=None, metavar="NUM")
    return p


def run(argv):
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        print(f"(exit {exc.code})")
        return
    flags = re.IGNORECASE if args.ignore_case else 0
    pattern = rf"\b(?:{args.pattern})\b" if args.word else args.pattern
    try:
        rx = re.compile(pattern, flags)
    except re.error as exc:
        print(f"mgrep: bad pattern: {exc}")
        return
    files = args.files or sorted(CORPUS)
    counts = defaultdict(int)
    for name in files:
        if name not in CORPUS:
            print(f"mgrep: {name}: No such file")
            continue
        for lineno, line in enumerate(CORPUS[name].splitlines(), 1):
            hit = rx.search(line)
            if bool(hit) == args.invert_match:
                continue
            if args.max_count is not None and counts[name] >= args.max_count:
                break
            counts[name] += 1
            if args.count:
                continue
            prefix = f"{name}:" if len(files) > 1 else ""
            if args.line_number:
                prefix += f"{lineno}:"
            if args.only_matching and not args.invert_match:
                for m in rx.finditer(line):
                    print(prefix + m.group(0))
            else:
                print(prefix + line)
    if args.count:
        for name in files:
            if name in CORPUS:
                print(f"{name}:{counts[name]}")


def wc():
    print(f"{'lines':>6}{'words':>7}{'chars':>7}  file")
    totals = [0, 0, 0]
    for name in sorted(CORPUS):
        text = CORPUS[name]
        row = [text.count("\n"), len(text.split()), len(text)]
        totals = [a + b for a, b in zip(totals, row)]
        print(f"{row[0]:>6}{row[1]:>7}{row[2]:>7}  {name}")
    print(f"{totals[0]:>6}{totals[1]:>7}{totals[2]:>7}  total")


sys.stderr = sys.stdout
for argv in (["todo", "-i", "-n"],
             ["#\\d+", "-o"],
             [r"\d{2}:\d{2}:\d{2}", "log.txt", "-c"],
             ["ERROR", "log.txt", "-v"],
             [r"[\w.]+@[\w.]+", "-o", "todo.md"],
             ["todo", "-w", "-i", "--max-count", "1"],
             ["(unclosed", "notes.txt"],
             ["x", "missing.txt", "log.txt"],
             ["--max-count", "abc", "x"],
             []):
    print("$ mgrep", " ".join(argv))
    run(argv)
print("$ mgrep --help")
try:
    build_parser().parse_args(["--help"])
except SystemExit:
    pass
wc()
