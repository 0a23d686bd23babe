#!/usr/bin/env python3
"""wordfreq: count words in text, like a small Unix tool (argv supplied in main)."""
import argparse
import re
import string
import sys
from collections import Counter
from textwrap import dedent

SAMPLE = dedent("""\
    It was the best of times, it was the worst of times, it was the age of wisdom,
    it was the age of foolishness, it was the epoch of belief, it was the epoch of
    incredulity, it was the season of Light, it was the season of Darkness, it was
    the spring of hope, it was the winter of despair, we had everything before us,
    we had nothing before us, we were all going direct to Heaven, we were all going
    direct the other way -- in short, the period was so far like the present period,
    that some of its noisiest authorities insisted on its being received, for good
    or for evil, in the superlative degree of comparison only.
""")

STOPWORDS = frozenset("the of it was a to in and we for on or its that so".split())


def tokenize(text, keep_case=False):
    text = text if keep_case else text.lower()
    for word in re.findall(r"[A-Za-z']+", text):
        word = word.strip("'")
        if word:
            yield word


def parse_args(argv):
    p = argparse.ArgumentParser(prog="wordfreq", description="Count word frequencies.")
    p.add_argument("-n", "--top", type=int, default=10, help="how many words to show")
    p.add_argument("--min-length", type=int, default=1)
    p.add_argument("--stopwords", action="store_true", help="drop common words")
    p.add_argument("--case", action="store_true", help="case sensitive")
    p.add_argument("--format", choices=("table", "csv", "bars"), default="table")
    return p.parse_args(argv)


def render(counts, total, fmt):
    width = max((len(w) for w, _ in counts), default=4)
    if fmt == "csv":
        yield "word,count,share"
        for w, c in counts:
            yield f"{w},{c},{c / total:.4f}"
    elif fmt == "bars":
        peak = counts[0][1] if counts else 1
        for w, c in counts:
            bar = "█" * round(20 * c / peak)
            yield f"{w:>{width}} {bar} {c}"
    else:
        yield f"{'RANK':<5}{'WORD':<{width + 2}}{'COUNT':>6}{'SHARE':>8}"
        for rank, (w, c) in enumerate(counts, 1):
            yield f"{rank:<5}{w:<{width + 2}}{c:>6}{c / total:>8.2%}"


def main(argv):
    args = parse_args(argv)
    words = [w for w in tokenize(SAMPLE, args.case) if len(w) >= args.min_length]
    if args.stopwords:
        words = [w for w in words if w.lower() not in STOPWORDS]
    counter = Counter(words)
    top = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:args.top]
    print(f"# {len(words)} words, {len(counter)} distinct, options={vars(args)}")
    for line in render(top, len(words), args.format):
        print(line)
    return 0 if words else 1


for argv in (["-n", "5"], ["--stopwords", "--format", "bars", "-n", "6"], ["--min-length", "8", "--format", "csv", "-n", "4"],
             ["--case", "--stopwords", "-n", "3"], ["--min-length", "99"]):
    print("$ wordfreq", *argv)
    status = main(argv)
    print("status", status)

letters = Counter(c for c in SAMPLE.lower() if c in string.ascii_lowercase)
print("".join(l for l, _ in letters.most_common()))
print(sorted(set(SAMPLE.split()) - set(SAMPLE.lower().split()))[:5])
lengths = Counter(map(len, tokenize(SAMPLE)))
for n in sorted(lengths):
    print(f"{n:2d} {'+' * lengths[n]}")
sentences = [s.strip() for s in re.split(r"[.!?]", SAMPLE) if s.strip()]
print(len(sentences), [len(s.split()) for s in sentences])
print(SAMPLE.count("it was"), SAMPLE.title()[:30], SAMPLE.splitlines()[2].center(90, "~"))
sys.exit(main(["-n", "1"]))
