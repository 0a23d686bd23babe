import shlex

print(shlex.__all__)
cases = [
    'a b c', '  leading and trailing  ', 'one "two three" four', "it's 'quoted here'",
    'escaped\\ space', '"a\\"b" \'c\\\'d', 'x="1 2" y=\'3\'', 'a#b # comment here',
    '"" \'\' x', 'tab\tsep\nnewline', 'mixed"quo"ted\'parts\'', '"\\$HOME \\\\ \\x"',
    'ls -l | grep "foo bar" > out.txt; echo done&', 'é ß ñ', '\\', 'a\\\nb',
    "'no \\ escape in single'", 'end\\', '',
]
for s in cases:
    for posix in (True, False):
        for comments in (False, True):
            try:
                r = shlex.split(s, comments=comments, posix=posix)
            except ValueError as e:
                r = "ValueError: %s" % e
            print(repr(s), posix, comments, r)
for bad in ['"unterminated', "'open", 'trailing\\']:
    try:
        print(shlex.split(bad))
    except ValueError as e:
        print("ValueError", e)

for s in ['', 'simple', 'with space', "it's", 'a"b', '$HOME', 'x*y', 'a@b%c+d=e:f,g./h-i',
          'tab\there', 'é', 'semi;colon', "'", "''", 'new\nline', '~user', '!bang']:
    print(repr(s), shlex.quote(s))
print(shlex.join(['echo', 'hello world', "it's", '', '$x']))
print(shlex.split(shlex.join(['a b', "c'd", 'e"f', '\\g'])))


def tokens(lex):
    out = []
    while True:
        t = lex.get_token()
        if t == lex.eof:
            return out
        out.append(t)


text = 'foo = bar(1, "two", \'three\') # comment\nnext_line x.y+z'
print(tokens(shlex.shlex(text)))
print(tokens(shlex.shlex(text, posix=True)))
lex = shlex.shlex(text)
lex.whitespace_split = True
try:
    print(list(lex))
except ValueError as e:
    print("ValueError", e, lex.lineno)
lex = shlex.shlex('a b(c) "d e"f g', posix=True)
lex.whitespace_split = True
print(list(lex))
print(list(shlex.shlex('a && b || c; (d) >> e 2>&1', punctuation_chars=True)))
print(list(shlex.shlex('a && b || c; (d) >> e', posix=True, punctuation_chars=True)))
p = shlex.shlex('~/a.txt -f x=1 |& y', punctuation_chars='|&')
p.whitespace_split = True
print(p.punctuation_chars, list(p))
print(list(shlex.shlex("a;b", punctuation_chars=";")))

lex = shlex.shlex('one two\nthree\n\nfour # c\nfive')
print(lex.get_token(), lex.lineno, lex.get_token(), lex.get_token(), lex.lineno)
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), lex.lineno, repr(lex.get_token()), repr(lex.get_token()))
print(lex.error_leader(), lex.error_leader('file.txt', 7))
lex = shlex.shlex('a b', infile='in.sh', posix=True)
print(lex.error_leader(), lex.eof, repr(shlex.shlex('').eof))

lex = shlex.shlex('start middle end')
print(lex.get_token())
lex.push_source('inner1 inner2')
print(lex.get_token(), lex.get_token(), lex.get_token(), lex.get_token(), repr(lex.get_token()))

def show(lex):
    try:
        print(list(lex))
    except ValueError as e:
        print("ValueError", e)


lex = shlex.shlex("a 'b c' d", posix=True)
lex.quotes = "'"
lex.wordchars += "'"
show(lex)
lex = shlex.shlex("x:y:z", posix=True)
lex.whitespace = ':'
lex.whitespace_split = True
show(lex)
lex = shlex.shlex('a%b%c', posix=True)
lex.commenters = '%'
show(lex)
lex = shlex.shlex('a "x^"y" b', posix=True)
lex.escape = '^'
show(lex)
print(lex.instream.__class__.__name__, lex.state, lex.token == '', len(lex.pushback))
