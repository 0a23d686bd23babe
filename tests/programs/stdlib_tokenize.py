# tokenize over str and bytes sources: token types, exact types, positions, the line
# texts, error tokens, the errors at EOF, encodings and untokenize, as CPython gives them.
import io
import token
import tokenize
srcs = [
 "x = 1\n",
 "def f(a, b=2, *c, **d) -> int:\n    '''doc\n    string'''\n    return a+b  # sum\n\n\nclass C:\n  pass\n",
 "if x:\n    y = [1,\n         2]  # c\n    # only comment\n\n    z = 0x1F + 0o17 + 0b101 + 1_000 + 1.5e-3 + .5 + 1. + 3j + 0777\nelse:\n\tpass\n",
 "s = 'abc' \"def\" rb'x' f'{y}' u'q'\nt = 'cont\\\ninued'\n",
 "a = 'unterminated\nb = $ ? !\n",
 "x = (1 +\n  2)\ny = 3 \\\n  + 4\n",
 "print('no newline')",
 "# just a comment",
 "x = 1\n   ",
 "a ... b -> c := d ** e //= f != g <<= h\n",
 "café = 'é'\n",
 "x = '''never\nclosed",
 "x = (1,\n",
 "if a:\n    b\n  c\n",
 "@dec\nasync def g():\n    await h()\n",
 "x = 1\r\ny = 2\r\n",
 "1if x else 2\n0x 1e 1e+ 1.5j 1_0j\n",
 "s = '''a\\\nb'''\n",
]
for src in srcs:
    print('=' * 10, repr(src))
    try:
        for t in tokenize.generate_tokens(io.StringIO(src).readline):
            print(t, token.tok_name[t.exact_type])
    except Exception as e:
        print(type(e).__name__, e, e.args)
src = "# -*- coding: latin-1 -*-\nx = 'é'\n".encode('latin-1')
for t in tokenize.tokenize(io.BytesIO(src).readline):
    print(t)
for t in tokenize.tokenize(io.BytesIO(b'\xef\xbb\xbfx = 1\n').readline):
    print(t)
print(tokenize.detect_encoding(io.BytesIO(b'\n# coding=utf_8\nx').readline))
print(tokenize.detect_encoding(io.BytesIO(b'').readline))
code = "def f(x):\n    return x*2  # double\n\nprint( f(3) )\n"
toks = list(tokenize.generate_tokens(io.StringIO(code).readline))
print(repr(tokenize.untokenize(toks)))
print(repr(tokenize.untokenize([t[:2] for t in toks])))
btoks = list(tokenize.tokenize(io.BytesIO(code.encode()).readline))
print(repr(tokenize.untokenize(btoks)))
print(tokenize.TokenError.__mro__[1].__name__, tokenize.ENCODING, tokenize.COMMENT, tokenize.NL)
print(token.ISTERMINAL(5), token.ISNONTERMINAL(300), token.ISEOF(0), len(token.tok_name), token.tok_name[256])
