import difflib

pairs = [
    ('abcd', 'bcde'),
    ('qabxcd', 'abycdf'),
    (' abcd', 'abcd abcd'),
    ('', ''),
    ('abc', ''),
    ('private Thread currentThread;', 'private volatile Thread currentThread;'),
    ([1, 2, 3, 4, 5], [1, 3, 4, 6]),
]
for a, b in pairs:
    s = difflib.SequenceMatcher(None, a, b)
    print(repr(a), repr(b))
    print('  blocks', s.get_matching_blocks())
    print('  opcodes', s.get_opcodes())
    print('  ratios', round(s.ratio(), 6), round(s.quick_ratio(), 6), round(s.real_quick_ratio(), 6))

s = difflib.SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;',
                            'private volatile Thread currentThread;')
print(s.find_longest_match(0, 29, 0, 38), round(s.ratio(), 3))
s = difflib.SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
print(s.find_longest_match())
print(sorted(s.bjunk), s.b2j['a'])

# autojunk: popular elements of a long b are ignored
a = 'x' * 10 + 'abc' * 80
b = 'abc' * 90 + 'y'
s = difflib.SequenceMatcher(None, a, b)
print(sorted(s.bpopular), s.get_matching_blocks()[:3], len(s.get_matching_blocks()))
s = difflib.SequenceMatcher(None, a, b, autojunk=False)
print(sorted(s.bpopular), s.get_matching_blocks()[:3], round(s.ratio(), 6))

a = list(map(str, range(1, 40)))
b = a[:]
b[8:8] = ['i']
b[20] += 'x'
b[23:28] = []
b[30] += 'y'
s = difflib.SequenceMatcher(None, a, b)
for g in s.get_grouped_opcodes():
    print(g)
for g in s.get_grouped_opcodes(1):
    print(g)
print(list(difflib.SequenceMatcher(None, 'abc', 'abc').get_grouped_opcodes()))
print(list(difflib.SequenceMatcher(None, '', '').get_grouped_opcodes()))

m = difflib.Match(1, 2, 3)
print(m, m.a, m.size, m == (1, 2, 3))

print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
import keyword
print(difflib.get_close_matches('wheel', keyword.kwlist))
print(difflib.get_close_matches('pineapple', keyword.kwlist))
print(difflib.get_close_matches('accept', keyword.kwlist))
print(difflib.get_close_matches('ab', ['ab', 'ba', 'abc', 'abd', 'xab'], n=2, cutoff=0.5))
for bad in ((0, 0.5), (3, 1.5)):
    try:
        difflib.get_close_matches('x', ['y'], *bad)
    except ValueError as e:
        print(e)
print(difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('\t'), difflib.IS_CHARACTER_JUNK('\n'), difflib.IS_CHARACTER_JUNK('x'))
for line in ['\n', '  #   \n', 'hello\n', '#', '', ' # x', '##']:
    print(repr(line), difflib.IS_LINE_JUNK(line))
