import textwrap
from textwrap import TextWrapper, wrap, fill, shorten

print(textwrap.__all__)
texts = [
    "The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs!",
    "Hello there, how are you this fine day?  I'm glad to hear it!",
    "This is a hyphenated-word and a well-known state-of-the-art long-winded exposition.",
    "em--dashes--are fun and so are ---triple ones, -- spaced ones and x--y or 3--4 or a.--b",
    "Supercalifragilisticexpialidocious antidisestablishmentarianism pneumonoultramicroscopicsilicovolcanoconiosis",
    "tabs\there\tand\nnewlines\nand  double  spaces   and\x0bvertical\x0cfeed\rreturn",
    "   leading and trailing spaces   ",
    "a-b-c-d-e-f-g-h 1-2-3 ab-cd abc-d a-bc -ab- --x-- ---- x-- ab--",
    "don't stop-believing, e.g. Mr. Smith vs. Mrs. Jones. Really? 'Yes.' \"No!\" ok.",
    "look: http://example.com/some/really-long-url-with-hyphens-in-it/and/more?x=1&y=2",
    "",
    "     ",
    "x",
    "ÜBER-lange Wörter-mit Umlauten-überall und-so-weiter café-crème",
    "number12-ab ab-12 a1-b2 ab_-cd ab-_cd",
]
for t in texts:
    for width in [1, 5, 10, 15, 23, 40, 70]:
        print(width, wrap(t, width))
    print(fill(t, 30))
    print(wrap(t, 20, break_on_hyphens=False))
    print(wrap(t, 12, break_long_words=False))
    print(wrap(t, 12, break_long_words=False, break_on_hyphens=False))
    print(wrap(t, 25, drop_whitespace=False))
    print(wrap(t, 25, replace_whitespace=False))
    print(wrap(t, 25, expand_tabs=False))
    print(wrap(t, 25, tabsize=3))
    print(wrap(t, 25, fix_sentence_endings=True))
    print(wrap(t, 25, initial_indent='* ', subsequent_indent='    '))
    for ml in [1, 2, 3]:
        try:
            print(ml, wrap(t, 22, max_lines=ml))
            print(ml, wrap(t, 22, max_lines=ml, placeholder='...', drop_whitespace=False))
        except ValueError as e:
            print('ValueError', e)
    for w in [5, 11, 25, 60]:
        try:
            print(repr(shorten(t, w)), repr(shorten(t, w, placeholder='~')))
        except ValueError as e:
            print('ValueError', e)

tw = TextWrapper(width=20, initial_indent='>> ', subsequent_indent='.. ')
print(tw.width, tw.expand_tabs, tw.replace_whitespace, tw.drop_whitespace, tw.break_on_hyphens, tw.tabsize, tw.max_lines, repr(tw.placeholder))
print(tw.fill('one two three four five six seven eight nine ten'))
tw.width = 12
print(tw.wrap('one two three four five six seven eight nine ten'))
for bad in [0, -1]:
    try:
        wrap('abc', bad)
    except ValueError as e:
        print('ValueError', e)
try:
    wrap('abc def', 4, max_lines=2, subsequent_indent='    ')
except ValueError as e:
    print('ValueError', e)
print(wrap('abc def ghi', 4, max_lines=1, placeholder='..'))
print(wrap('aaaa bbbb cccc dddd', 9, max_lines=2, placeholder=' [...]'))
print(wrap('aa bb cc', 2, max_lines=1, placeholder='.'))
print(wrap('hello    ', 5, max_lines=1))
print(wrap('a ' * 30, 10, max_lines=3))
print(shorten('Hello  world!', width=12), '|', shorten('Hello  world!', width=11), '|', shorten('Hello world', 11))
