# Juxtaposed expressions before a line continuation at the end of the input: CPython's
# second parser pass reads on from each expression that starts with a name (its rule
# for Python 2's `print x`), so whether it reaches the continuation's end-of-input
# error, which then replaces "invalid syntax", depends on what follows the name.

SOURCES = [
    'x = a b \\',
    'x = a b c \\',
    'x = a b c d e f g h \\',
    '@a b c \\\n',
    '@a b c d \\',
    'a b c \\',
    'print(a) b c \\',
    'x = 1 2 3 \\',
    'x = a 1 2 \\',
    'x = a b.c d \\',
    'x = a.b c d \\',
    'x = a b(c) d \\',
    'x = f(a) b c \\',
    'x = (a) b c \\',
    'x = -a b c \\',
    'x = not a b c \\',
    'x = "s" b c \\',
    'x = a "s" c \\',
    'x = None b c \\',
    'x = a None c \\',
    'x = a b + c d \\',
    'x = a b c + d \\',
    'x = a b c, \\',
    'x = a b, c d \\',
    'x = a, b c d \\',
    'x = a b c = \\',
    'x = a b c : \\',
    'x = a b c if \\',
    'for x in a b c \\',
    'return a b c \\',
    'del a b c \\',
    'assert a b c \\',
    'with a b c \\',
    'if a b c \\',
    'while a b c \\',
    'x += a b c \\',
    'x: int = a b c \\',
    'x = lambda: a b c \\',
    'import a b c \\',
    'x = a \\\n  b c \\',
    'if x:\n  @a b c \\\n',
    'x = a b c \\\n  d\n',
    '@a b c \\\n  d\ndef f(): pass\n',
]

for src in SOURCES:
    try:
        compile(src, '<src>', 'exec')
        print(repr(src), 'compiles')
    except SyntaxError as e:
        print(repr(src), '->', e.msg, e.lineno, e.offset)
