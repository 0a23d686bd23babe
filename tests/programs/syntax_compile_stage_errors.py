# SyntaxErrors of CPython's compiler stages (symbol table, future imports, the compiler
# proper) as CPython shapes them: columns in bytes, `text` read from the file named
# (None when there is none), `args` holding the location only for the compiler's own;
# and the parser's errors at tokens with no position (end_offset -1).
import os
import tempfile

cases = [
    "x = 1\nglobal x\n",
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    print(x)\n    global x\n",
    "def f():\n    x = 1\n    nonlocal x\n",
    "def f():\n    nonlocal x\n",
    "nonlocal x\n",
    "def f(a):\n    global a\n",
    "a: int = 1\nglobal a\n",
    "__debug__ = 1\n",
    "__debug__ += 1\n",
    "__debug__: int\n",
    "def f(__debug__): pass\n",
    "def f(*, __debug__): pass\n",
    "lambda __debug__: 1\n",
    "del __debug__\n",
    "x.__debug__ = 1\n",
    "del x.__debug__\n",
    "for __debug__ in []: pass\n",
    "import __debug__\n",
    "import a as __debug__\n",
    "from a import __debug__\n",
    "def __debug__(): pass\n",
    "class __debug__: pass\n",
    "f(__debug__=1)\n",
    "(a, __debug__) = 1, 2\n",
    "[(__debug__ := 1)]\n",
    "with x as __debug__: pass\n",
    "try:\n    pass\nexcept E as __debug__:\n    pass\n",
    "print(__debug__)\n",
    "return 1\n",
    "yield 1\n",
    "f(a=1, a=2)\n",
    "def f(a, a): pass\n",
    "é = 1; return 1\n",
    "é = 1; nonlocal x\n",
    "ééé; __debug__ = 1\n",
    "é; (a, *b, *c) = d\n",
    "from __future__ import braces\n",
    "from __future__ import nope\n",
    "x=1;from __future__ import division\n",
    "x = 1\nfrom __future__ import division\n",
    "def f():\n    from __future__ import division\n",
    "from __future__ import braces\nnonlocal x\n",
    "try:\n    pass\n",
    "if x:\n",
    "if x:\n\n",
    "async def f():\n",
    "async def f():\n    async for x in y:\n",
    "async def f():\n    async with x:\n",
    "try:\n    pass\nexcept* E:\n",
    "x = 1 +\\\n",
    "  x = 1\n",
    "if x:\n    a\n  b\n",
    "x = (1 +\n",
]

def show(src, filename="<t>"):
    try:
        compile(src, filename, "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        args = e.args if len(e.args) < 2 else (e.args[0], e.args[1][:3] + e.args[1][4:])
        print(repr(src), type(e).__name__, repr(e.msg), e.lineno, e.offset,
              e.end_lineno, e.end_offset, repr(e.text), args)

for src in cases:
    show(src)

# With the name of a file that exists, the line quoted is that file's.
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "other.py")
    with open(path, "w") as f:
        f.write("first = 1\nsecond = 2\n")
    for src in ["x = 1\nglobal x\n", "return 1\n", "import\n", "x = (\n"]:
        try:
            compile(src, path, "exec")
        except SyntaxError as e:
            print(repr(src), e.lineno, e.offset, e.end_offset, repr(e.text))
    # A line longer than CPython's 1000-byte read: its last piece is the text.
    long_src = "x = " + "1 + " * 300 + "1 2\n"
    with open(path, "w") as f:
        f.write(long_src)
    for name in (path, "<string>"):
        try:
            compile(long_src, name, "exec")
        except SyntaxError as e:
            print(len(e.text), e.offset, e.end_offset, repr(e.text[:12]))

try:
    exec("x = 1\nglobal x\n")
except SyntaxError as e:
    print(e.args, e.filename, e.lineno, repr(e.text))
