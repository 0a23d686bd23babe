# unicodedata given lone surrogates: names, properties, numeric values, normalization.
import unicodedata as u


def show(label, f):
    try:
        print(label, ascii(f()))
    except Exception as e:
        print(label, type(e).__name__, ascii(str(e)))


for s in ['\ud800', '\udfff']:
    show('name', lambda: u.name(s))
    show('name default', lambda: u.name(s, 'x'))
    show('props', lambda: [u.category(s), u.bidirectional(s), u.combining(s),
                           u.east_asian_width(s), u.mirrored(s), u.decomposition(s)])
    show('decimal', lambda: u.decimal(s))
    show('digit', lambda: u.digit(s))
    show('numeric', lambda: u.numeric(s))
    show('defaults', lambda: [u.decimal(s, 1), u.digit(s, 2), u.numeric(s, 3)])
for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
    show(form, lambda: u.normalize(form, 'e\u0301\ud800\ufb01\udc00'))
    show(form + '?', lambda: u.is_normalized(form, 'a\ud800'))
show('bad form', lambda: u.normalize('X', '\ud800'))
show('two chars', lambda: u.name('\ud800\udc00'))
