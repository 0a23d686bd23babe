# Lone surrogates are ordinary code points of a str: literals, chr, ord, length,
# indexing, slicing, iteration, comparison, hashing, concatenation and repr.
s = '\ud800'
print(len(s), ascii(s), repr(s), s == '\ufffd', ord(s), chr(0xd800) == s)
print(ascii(chr(0xdc80)), ascii(chr(0xdfff)), ascii('\U0000dbff'), ascii('\x41\udc00'))

# A pair joined from halves stays two code points.
pair = '\ud83d' + '\ude00'
print(len(pair), pair == '\U0001f600', ascii(pair), ascii(''.join(['\ud83d', '\ude00'])))

x = 'ab\udc80cd\ud800'
print(ascii(x[2]), ascii(x[-1]), ascii(x[1:4]), ascii(x[::-1]), ascii(x[::2]), x[:2] == 'ab')
print([ascii(c) for c in x], len(x), x[2:3] is not None)
try:
    x[10]
except IndexError as e:
    print('IndexError', e)

# Comparison follows code points: surrogates sort between U+D7FF and U+E000.
print('\ud7ff' < '\ud800' < '\udfff' < '\ue000', '\udc80' > '\ud800', x < 'ab\udc81')
print([ascii(w) for w in sorted(['\ue000', 'b', '\ud800', '\ud7ff', 'a\udc80', 'a'])])
print(max('\ud800', '\uffff') == '\uffff', min(['\udc00', '\ud800']) == '\ud800')
print('\udc80' in x, 'c\udc80' in x, 'cd' in x, '\ud801' in x, '' in x)

# Equal strings hash equally, however they were made.
made = b'\xed\xa0\x80'.decode('utf-8', 'surrogatepass')
print(made == s, hash(made) == hash(s), made is not s)
d = {s: 'one', 'a\udc80': 'two'}
print(d[made], d['a' + chr(0xdc80)], len({s, made, chr(0xd800)}), s in {made})

print(ascii(x + '!'), ascii('!' + x), ascii(x * 2), ascii(x * 0), ascii(3 * '\udfff'))
t = 'a'
t += '\ud800'
t += 'b'
print(ascii(t), len(t), bool('\ud800'), bool(s[:0]))
print(ascii(f'<{x}>'), ascii(f'{x!r}'), ascii(f'{s:>4}|{s:-^5}'), ascii(f'{x!a}'))
print(ascii('{}{}'.format(s, 'z')), ascii('{!r}|{!a}'.format(s, s)), ascii('%r|%a' % (s, s)))
print(ascii(str(s)), str(s) is s, ascii(repr([s, 'a\udc80'])), ascii(str((s,))))
print(ascii('it\'s\udc80'), ascii("q\"\udc80"), ascii('\\\ud800'))
print(ascii('\N{LATIN SMALL LETTER A}\ud800' 'z' '\udfff'))
