"""Norvig-style spelling corrector over a small built-in corpus."""
import re
from collections import Counter
from string import ascii_lowercase

CORPUS = """
The project gutenberg ebook of the adventures of sherlock holmes. To sherlock holmes she
is always the woman. I have seldom heard him mention her under any other name. In his
eyes she eclipses and predominates the whole of her sex. It was not that he felt any
emotion akin to love for irene adler. All emotions, and that one particularly, were
abhorrent to his cold, precise but admirably balanced mind. He was, I take it, the most
perfect reasoning and observing machine that the world has seen, but as a lover he would
have placed himself in a false position. He never spoke of the softer passions, save with
a gibe and a sneer. They were admirable things for the observer, excellent for drawing the
veil from men's motives and actions. But for the trained reasoner to admit such intrusions
into his own delicate and finely adjusted temperament was to introduce a distracting factor
which might throw a doubt upon all his mental results. Grit in a sensitive instrument, or a
crack in one of his own high-power lenses, would not be more disturbing than a strong
emotion in a nature such as his. And yet there was but one woman to him, and that woman was
the late irene adler, of dubious and questionable memory.
"""

WORDS = Counter(re.findall(r"[a-z]+", CORPUS.lower()))
N = sum(WORDS.values())


def P(word):
    return WORDS[word] / N


def edits1(word):
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [L + R[1:] for L, R in splits if R]
    transposes = [L + R[1] + R[0] + R[2:] for L, R in splits if len(R) > 1]
    replaces = [L + c + R[1:] for L, R in splits if R for c in ascii_lowercase]
    inserts = [L + c + R for L, R in splits for c in ascii_lowercase]
    return set(deletes + transposes + replaces + inserts)


def edits2(word):
    return (e2 for e1 in edits1(word) for e2 in edits1(e1))


def known(words):
    return {w for w in words if w in WORDS}


def candidates(word):
    return known([word]) or known(edits1(word)) or known(edits2(word)) or {word}


def correction(word):
    return max(sorted(candidates(word)), key=P)


def correct_text(text):
    def fix(m):
        w = m.group()
        c = correction(w.lower())
        return c.capitalize() if w[0].isupper() else c
    return re.sub(r"[A-Za-z]+", fix, text)


print(f"{len(WORDS)} distinct words, {N} total; top: {WORDS.most_common(5)}")
tests = {"sherlok": "sherlock", "holmse": "holmes", "wman": "woman", "emotoin": "emotion",
         "reasner": "reasoner", "adlr": "adler", "teh": "the", "korrectud": "korrectud",
         "mind": "mind", "perfct": "perfect", "lenes": "lenses", "quaestionable": "questionable"}
good = 0
for wrong, right in tests.items():
    got = correction(wrong)
    good += got == right
    print(f"{wrong:>14} -> {got:<14} {'ok' if got == right else 'expected ' + right}"
          f"  ({len(edits1(wrong))} edits1, {len(candidates(wrong))} candidates)")
print(f"accuracy {good}/{len(tests)} = {good / len(tests):.0%}")
print(correct_text("Sherlok Holmse was the most perfct reasning machne; Irene Adlr was the wman."))
print(sorted(known(edits1("hs"))), P("the") > P("holmes"), round(P("irene"), 5))
