# shlex: source inclusion through `source` and sourcehook, the input stack,
# debug tracing, and the lexer's attributes.
import io
import os
import shlex
import tempfile

tmp = tempfile.mkdtemp()
inner = os.path.join(tmp, 'inner.txt')
with open(inner, 'w') as f:
    f.write('in1 in2\nin3\n')
outer = os.path.join(tmp, 'outer.txt')
with open(outer, 'w') as f:
    f.write('before\nsource "inner.txt"\nafter\n')

with open(outer) as stream:
    lex = shlex.shlex(stream, infile=outer, posix=True)
    lex.source = 'source'
    seen = []
    for tok in lex:
        seen.append((tok, os.path.basename(str(lex.infile)), lex.lineno))
    print(seen)

# A stream pushed by hand is read to its end, then the outer input resumes.
lex = shlex.shlex('outer1 outer2')
print(lex.get_token())
lex.push_source(io.StringIO('pushed1\npushed2'), 'pushed.txt')
print(lex.infile, lex.lineno, len(lex.filestack))
print(lex.get_token(), lex.get_token(), lex.lineno, lex.error_leader())
print(lex.get_token(), lex.infile, len(lex.filestack), repr(lex.get_token()))

# Debug tracing prints to standard output.
for level in (1, 2, 3):
    lex = shlex.shlex('ab "c d" e;f', posix=True, punctuation_chars=True)
    lex.debug = level
    lex.push_token('first')
    print(level, list(lex))
for text in ('"open', 'end\\'):
    lex = shlex.shlex(text, posix=True)
    lex.debug = 2
    try:
        list(lex)
    except ValueError as e:
        print('ValueError:', e)

lex = shlex.shlex('x', posix=False)
print(repr(lex.wordchars), repr(lex.whitespace), lex.quotes, lex.escape,
      lex.escapedquotes, lex.commenters, lex.whitespace_split, repr(lex.eof), lex.debug)
lex = shlex.shlex('x', posix=True, punctuation_chars='~;')
print(repr(lex.wordchars), lex.punctuation_chars, lex.eof, lex.source)

for value in (b'', b'a b', 3, None, 'ok'):
    try:
        print(repr(shlex.quote(value)))
    except TypeError as e:
        print('TypeError:', e)

os.remove(inner)
os.remove(outer)
os.rmdir(tmp)
