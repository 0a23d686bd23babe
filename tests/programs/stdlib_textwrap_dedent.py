from textwrap import dedent, indent

samples = [
    "    hello\n      world\n    !\n",
    "\thello\n\t\tworld\n",
    "  a\n\tb\n",
    "    x\n  \n        y\n",
    "  \n    foo\n  \t\n    bar",
    "no indent\n  some\n",
    "",
    "   ",
    "\n\n",
    "    only\n",
    " \t a\n \t b\n \t\tc\n",
    "  a\r\n  b\r\n",
    "  one\n   \n  two  \n",
    '''\
    def f():
        return 1
''',
]
for s in samples:
    print(repr(dedent(s)))
for s in samples + ["a\nb\n\nc", "line1\r\nline2\rline3\n", "  \n\t\n x"]:
    print(repr(indent(s, '> ')), repr(indent(s, '+', lambda line: True)), repr(indent(s, '#', lambda line: 'a' in line)))
