"""Text utilities documented by doctests, checked with doctest.testmod.

>>> slugify("Hello, World!")
'hello-world'
"""
import doctest
import re
import sys
import unicodedata


def slugify(text, sep="-"):
    """Lower-case ASCII slug.

    >>> slugify("  Crème Brûlée  recipe ")
    'creme-brulee-recipe'
    >>> slugify("a/b\\\\c", sep="_")
    'a_b_c'
    >>> slugify("")
    ''
    """
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", sep, text.lower()).strip(sep)


def wrap_words(words, width):
    """Greedy line filling.

    >>> for line in wrap_words("the quick brown fox jumps over the lazy dog".split(), 12):
    ...     print(repr(line))
    'the quick'
    'brown fox'
    'jumps over'
    'the lazy dog'
    >>> wrap_words(["supercalifragilistic"], 5)
    ['supercalifragilistic']
    """
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        lines.append(cur)
    return lines


def roman(n):
    """Roman numerals.

    >>> [roman(n) for n in (1, 4, 9, 14, 40, 90, 400, 1994, 3999)]
    ['I', 'IV', 'IX', 'XIV', 'XL', 'XC', 'CD', 'MCMXCIV', 'MMMCMXCIX']
    >>> roman(0)
    Traceback (most recent call last):
        ...
    ValueError: roman numerals need 1..3999, got 0
    """
    if not 0 < n < 4000:
        raise ValueError(f"roman numerals need 1..3999, got {n}")
    out = []
    for value, sym in zip((1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1),
                          "M CM D CD C XC L XL X IX V IV I".split()):
        q, n = divmod(n, value)
        out.append(sym * q)
    return "".join(out)


def char_table(text):
    """Names of the characters.

    >>> char_table("aé€")  # doctest: +NORMALIZE_WHITESPACE
    a   LATIN SMALL LETTER A         Ll
    é   LATIN SMALL LETTER E WITH ACUTE    Ll
    €   EURO SIGN   Sc
    >>> char_table("\\t")
    \\t  <unnamed> Cc
    """
    for ch in text:
        shown = ch if ch.isprintable() else repr(ch)[1:-1]
        print(f"{shown:<3} {unicodedata.name(ch, '<unnamed>'):<28} {unicodedata.category(ch)}")


def frequencies(text):
    """Letter frequencies, most common first.

    >>> frequencies("Mississippi")  # doctest: +ELLIPSIS
    [('i', 4), ('s', 4), ('p', 2), ...]
    >>> frequencies("aAbB") == [('a', 2), ('b', 2)]
    True
    >>> sorted(set(frequencies("xyz")))
    [('x', 1), ('y', 1), ('z', 1)]
    """
    counts = {}
    for ch in text.lower():
        if ch.isalpha():
            counts[ch] = counts.get(ch, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def broken_center(text, width):
    """This example is wrong on purpose, to show a failure report.

    >>> broken_center("ab", 6)
    '  ab  '
    >>> broken_center("abc", 6)
    ' abc  '
    >>> broken_center("x", 3).split()
    'x'
    """
    return text.center(width)


class Stack:
    """A list-backed stack.

    >>> s = Stack()
    >>> s.push(1).push(2)
    Stack([1, 2])
    >>> s.pop(), s.pop()
    (2, 1)
    >>> s.pop()
    Traceback (most recent call last):
    IndexError: pop from empty stack
    """

    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)
        return self

    def pop(self):
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()

    def __repr__(self):
        return f"Stack({self.items})"


if __name__ == "__main__":
    results = doctest.testmod(optionflags=doctest.NORMALIZE_WHITESPACE)
    print(results)
    finder = doctest.DocTestFinder()
    tests = sorted(finder.find(sys.modules[__name__]), key=lambda t: t.name)
    for t in tests:
        print(f"{t.name:<35} {len(t.examples)} examples, first line {t.lineno}")
    runner = doctest.DocTestRunner(verbose=False)
    parser = doctest.DocTestParser()
    test = parser.get_doctest(">>> 1 + 1\n2\n>>> print('a\\nb')\na\nb\n", {}, "inline", "inline.txt", 0)
    print(runner.run(test), runner.summarize(verbose=False))
    print(doctest.testmod(verbose=False, report=False, raise_on_error=False, optionflags=doctest.REPORT_ONLY_FIRST_FAILURE | doctest.ELLIPSIS))
