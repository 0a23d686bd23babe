"""Reviewing text changes with difflib: unified and context diffs between
two revisions of a file, ndiff with intraline hints, similarity ratios,
matching blocks, close-match suggestions and a word-level change summary."""

import difflib

OLD = """def total(items):
    result = 0
    for item in items:
        result += item.price
    return result

def average(items):
    return total(items) / len(items)
""".splitlines(keepends=True)

NEW = """def total(items, tax=0.0):
    result = 0
    for item in items:
        result += item.price * (1 + tax)
    return round(result, 2)

def average(items):
    if not items:
        return 0.0
    return total(items) / len(items)
""".splitlines(keepends=True)

print("".join(difflib.unified_diff(OLD, NEW, "a/cart.py", "b/cart.py", n=1)))
print("".join(difflib.context_diff(OLD[:3], NEW[:3], "old", "new")))
print("".join(difflib.ndiff(OLD[:5], NEW[:5])), end="")

sm = difflib.SequenceMatcher(None, "".join(OLD), "".join(NEW))
print("ratio: %.3f quick: %.3f" % (sm.ratio(), sm.quick_ratio()))
a, b = "the quick brown fox jumps", "the quack brown box jumped"
s = difflib.SequenceMatcher(None, a, b)
for tag, i1, i2, j1, j2 in s.get_opcodes():
    if tag != "equal":
        print(f"  {tag:<8} {a[i1:i2]!r:>8} -> {b[j1:j2]!r}")
print("blocks:", [tuple(m) for m in s.get_matching_blocks()])

commands = ["commit", "checkout", "cherry-pick", "clone", "config", "clean", "status", "stash"]
for typo in ("comit", "chekout", "stats", "xyz", "clne"):
    print(f"{typo!r}: did you mean {difflib.get_close_matches(typo, commands, n=2, cutoff=0.6)}")


def word_changes(old, new):
    ow, nw = old.split(), new.split()
    out = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, ow, nw).get_opcodes():
        if tag == "equal":
            out.append(" ".join(ow[i1:i2]))
        elif tag == "delete":
            out.append("[-" + " ".join(ow[i1:i2]) + "-]")
        elif tag == "insert":
            out.append("{+" + " ".join(nw[j1:j2]) + "+}")
        else:
            out.append("[-" + " ".join(ow[i1:i2]) + "-]{+" + " ".join(nw[j1:j2]) + "+}")
    return " ".join(out)


print(word_changes("The meeting is on Monday at 10 in room B",
                   "The meeting is on Tuesday at 10 in the large room B sharp"))
d = difflib.Differ()
print(list(d.compare(["one\n", "two\n"], ["one\n", "tree\n", "three\n"])))
print(difflib.SequenceMatcher(lambda c: c == " ", "a b c", "a  b c").ratio())
print(list(difflib.restore(difflib.ndiff(["x\n"], ["y\n"]), 2)))
