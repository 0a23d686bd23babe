"""Compare revisions of a document with difflib: unified/context diffs, ratios, close matches."""
import difflib

OLD = """Project Plan
============
1. Gather requirements from the client.
2. Draft the architecture document.
3. Build a prototype in two weeks.
4. Review with stakeholders.
5. Ship version 1.0.
Notes: budget is fixed.
""".splitlines(keepends=True)

NEW = """Project Plan
============
1. Gather requirements from the customer.
2. Draft the architecture document.
3. Build a prototype in three weeks.
4. Review with stakeholders and QA.
4b. Fix the issues found in review.
5. Ship version 1.0.
""".splitlines(keepends=True)


def show(lines):
    for line in lines:
        print(line, end="" if line.endswith("\n") else "\n")


print("== unified")
show(difflib.unified_diff(OLD, NEW, fromfile="plan_v1.txt", tofile="plan_v2.txt", n=1))
print("== context")
show(difflib.context_diff(OLD, NEW, fromfile="plan_v1.txt", tofile="plan_v2.txt", n=0))
print("== ndiff")
show(difflib.ndiff(OLD[2:5], NEW[2:5]))

sm = difflib.SequenceMatcher(None, "".join(OLD), "".join(NEW))
print("ratio %.4f quick %.4f real_quick %.4f" % (sm.ratio(), sm.quick_ratio(), sm.real_quick_ratio()))
words_a = " ".join(OLD).split()
words_b = " ".join(NEW).split()
sm = difflib.SequenceMatcher(a=words_a, b=words_b)
for tag, i1, i2, j1, j2 in sm.get_opcodes():
    if tag != "equal":
        print("%-7s %r -> %r" % (tag, " ".join(words_a[i1:i2]), " ".join(words_b[j1:j2])))
print(sm.find_longest_match(0, len(words_a), 0, len(words_b)))
print([tuple(b) for b in sm.get_matching_blocks()][:4])

COMMANDS = ["status", "commit", "checkout", "branch", "merge", "rebase", "stash", "cherry-pick"]
for typo in ["comit", "brnch", "chekout", "stsh", "rebsae", "xyz"]:
    print(typo, "->", difflib.get_close_matches(typo, COMMANDS, n=2, cutoff=0.5))

d = difflib.Differ()
result = list(d.compare(["one two three\n", "four\n"], ["one tree three\n", "four\n", "five\n"]))
show(result)
print(list(difflib.restore(result, 2)))
groups = list(difflib.SequenceMatcher(None, list(range(30)), [x for x in range(30) if x % 7]).get_grouped_opcodes(1))
print(len(groups), groups[0])
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_LINE_JUNK("  # \n"), difflib.IS_LINE_JUNK("code\n"))

# Summarise how much of each line survived.
for old_line, new_line in zip(OLD[2:7], NEW[2:7]):
    ratio = difflib.SequenceMatcher(None, old_line, new_line).ratio()
    print("%.2f %s" % (ratio, new_line.strip()))
