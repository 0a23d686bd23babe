# %-formatting of str holding lone surrogates: templates, keys, %s %r %a %c, widths.
s = '\ud800'
class O:
    def __repr__(self): return 'r\udc80'
    def __str__(self): return 's\udc81'
print(ascii('%s|%r|%a' % (s, s, s)))
print(ascii('%-6s|%.1s|%5r|%a|%3c|%c' % ('\ud800x', '\ud800x', '\udc80', '\udc80', 0xdfff, '\udc00')))
print(ascii('%s %r %a %10s' % (O(), O(), O(), O())))
print(ascii('\ud800%s|%5s\udfff' % ('a', 'b')))
print(ascii('%(\ud800)s-%(k)r' % {'\ud800': 1, 'k': '\udc80'}))
print(ascii('x%sy' % '\ue000\ud800'))
print(ascii('\ue000%s\ud800' % '\ue000'))
for bad in [lambda: '%d' % '\ud800', lambda: '%c' % 'ab\ud800', lambda: '%c' % 0x110000, lambda: '\ud800%s %s' % 1]:
    try: bad()
    except Exception as e: print(type(e).__name__, ascii(str(e)))
print(ascii('%c%c' % (0xd800, 0xdc00)))
print(ascii(b'%s %c' % (b'x', 200)))
