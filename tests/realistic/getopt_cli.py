"""A getopt-driven command-line tool for a word-frequency report, run on sample argv lists."""
import getopt

TEXT = """The quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs.
A quick brown dog? No -- the quick fox! Foxes and dogs, dogs and foxes."""

USAGE = "usage: wordfreq [-h] [-n N] [-i] [--min-length=L] [--exclude=W,...] [-v]... [files]"


class UsageError(Exception):
    pass


def parse(argv):
    opts = {"top": 5, "ignore_case": False, "min_length": 1, "exclude": set(), "verbose": 0}
    try:
        pairs, rest = getopt.getopt(argv, "hn:iv", ["help", "top=", "ignore-case", "min-length=", "exclude=", "verbose"])
    except getopt.GetoptError as e:
        raise UsageError(f"{e.msg} (option {e.opt!r})")
    for opt, val in pairs:
        if opt in ("-h", "--help"):
            return None, rest
        elif opt in ("-n", "--top"):
            if not val.isdigit():
                raise UsageError(f"-n expects a number, got {val!r}")
            opts["top"] = int(val)
        elif opt in ("-i", "--ignore-case"):
            opts["ignore_case"] = True
        elif opt == "--min-length":
            opts["min_length"] = int(val)
        elif opt == "--exclude":
            opts["exclude"].update(w for w in val.split(",") if w)
        elif opt in ("-v", "--verbose"):
            opts["verbose"] += 1
    return opts, rest


def words(text, ignore_case):
    cleaned = "".join(ch if ch.isalpha() or ch.isspace() else " " for ch in text)
    for w in cleaned.split():
        yield w.lower() if ignore_case else w


def report(opts):
    counts = {}
    for w in words(TEXT, opts["ignore_case"]):
        if len(w) >= opts["min_length"] and w not in opts["exclude"]:
            counts[w] = counts.get(w, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    for word, n in ranked[:opts["top"]]:
        print(f"  {word:<8} {n:>2} {'#' * n}")
    if opts["verbose"]:
        print(f"  ({len(counts)} distinct words, {sum(counts.values())} total)")


def main(argv):
    print("$ wordfreq", " ".join(argv))
    try:
        opts, rest = parse(argv)
    except UsageError as e:
        print("error:", e)
        print(USAGE)
        return 2
    if opts is None:
        print(USAGE)
        return 0
    if rest:
        print("  files ignored:", rest)
    report(opts)
    return 0


runs = [
    [],
    ["-n", "3", "-i"],
    ["--top=4", "--ignore-case", "--exclude=the,and", "-vv"],
    ["-in2", "--min-length", "4", "notes.txt", "-v"],
    ["--help"],
    ["-x"],
    ["--top"],
    ["-n", "many"],
    ["--verb"],
    ["--ver", "-i"],
    ["-i", "--", "-n", "1"],
]
codes = [main(argv) for argv in runs]
print("exit codes:", codes)
print(getopt.gnu_getopt(["a", "-i", "b", "-n", "2", "c"], "in:"))
print(getopt.getopt(["a", "-i"], "i"))
try:
    getopt.getopt(["--exclude"], "", ["exclude="])
except getopt.GetoptError as e:
    print(type(e).__name__, e, getopt.error is getopt.GetoptError)
try:
    getopt.getopt(["--ig"], "", ["ignore-case", "ignore-space"])
except getopt.GetoptError as e:
    print(e)
