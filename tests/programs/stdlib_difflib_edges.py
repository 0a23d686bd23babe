import difflib

# Long b: autojunk treats items filling more than 1% of it as popular.
a = "ab" * 60 + "the end"
b = "ab" * 150 + "c" * 3 + "the end!"
for auto in (True, False):
    sm = difflib.SequenceMatcher(None, a, b, autojunk=auto)
    print(sorted(sm.bpopular), sm.get_matching_blocks()[:3], round(sm.ratio(), 6))
sm = difflib.SequenceMatcher(lambda c: c == " ", "private Thread currentThread;",
                             "private volatile Thread currentThread;")
print(sm.bjunk, sm.find_longest_match(), sm.get_opcodes())

# get_grouped_opcodes trims the unchanged runs of the list get_opcodes() keeps
sm = difflib.SequenceMatcher(None, "abcdefghij", "abcdXfghij")
print(sm.get_opcodes())
print(list(sm.get_grouped_opcodes(1)))
print(sm.get_opcodes())
print(list(difflib.SequenceMatcher(None, "", "").get_grouped_opcodes()))

# Intraline hints keep tabs so that the marks line up
print("".join(difflib.ndiff(["\tone two three\n", "same\n"],
                            ["\tone tree three\n", "same\n", "new\n"])), end="")
print("".join(difflib.ndiff(["abcdefgh\n"], ["zzzzzzzz\n"])), end="")
a = ["x = 1\n", "y = 2\n", "z = 3\n", "w = 4\n"]
b = ["x = 1\n", "y = 20\n", "z = 3\n", "v = 5\n"]
print("".join(difflib.context_diff(a, b, "old", "new", "mon", "tue", n=0)), end="")
print("".join(difflib.unified_diff(a, b, n=0)), end="")
print(list(difflib.unified_diff(a[:1], b[:1])), list(difflib.context_diff([], ["a\n"])))
print(list(difflib.diff_bytes(difflib.unified_diff, [b"a\n", b"\xff\n"], [b"a\n", b"\xfe\n"],
                              b"f", b"g")))
print(list(difflib.restore(difflib.ndiff(a, b), 2)) == b)

words = ["apple", "ape", "peach", "puppy", "apply", "appel", "happy", "applesauce", ""]
for w in ["appel", "ap", "", "zzz"]:
    print(repr(w), difflib.get_close_matches(w, words), difflib.get_close_matches(w, words, 5, 0.3))
for bad in ((lambda: difflib.get_close_matches("a", [], n=0)),
            (lambda: difflib.get_close_matches("a", [], cutoff=2)),
            (lambda: list(difflib.unified_diff([1], ["a"]))),
            (lambda: list(difflib.unified_diff(["a"], ["b"], fromfile=3))),
            (lambda: list(difflib.diff_bytes(difflib.unified_diff, ["a"], [b"b"]))),
            (lambda: list(difflib.restore([], 3)))):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(difflib.IS_LINE_JUNK("  # \n"), difflib.IS_LINE_JUNK("#x"),
      difflib.IS_CHARACTER_JUNK("\t"), difflib.IS_CHARACTER_JUNK("x"))
print(difflib.SequenceMatcher[int], difflib.Match(1, 2, 3))
