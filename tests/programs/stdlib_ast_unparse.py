# ast.unparse: CPython 3.11's formatting, precedence and parentheses, round trips.
import ast

SOURCES = [
    "x = 1, 2",
    "a, b = c, d = f()",
    "(a, b), c = x",
    "x = ()",
    "x = (1,)",
    "f(*args, **kw)",
    "f(a)(b)[c].d",
    "(1).real",
    "1 .real + 2.5.imag",
    "x = -1 ** 2",
    "x = (-1) ** 2",
    "x = 2 ** -1",
    "x = 2 ** 3 ** 4",
    "x = (2 ** 3) ** 4",
    "x = a - (b - c)",
    "x = (a - b) - c",
    "x = a * (b + c) / d // e % f @ g",
    "x = a << b >> c | d ^ e & f",
    "x = not a and not (b or c)",
    "x = a or b or c and d",
    "x = (a or b) and c",
    "x = a or b or (c and d)",
    "x = a if b else c if d else e",
    "x = (a if b else c) if d else e",
    "x = lambda: 1",
    "x = lambda a, b=2, *c, d, e=5, **f: a",
    "x = lambda *, k: k",
    "def f(a, b, /, c, *, d=1, **e) -> int: pass",
    "def f(a=1, /): pass",
    "async def f():\n    await x\n    async for i in y:\n        pass\n    async with a as b, c:\n        pass",
    "x = [i for i in range(3) if i if not i]",
    "x = {k: v for k, v in d.items()}",
    "x = {i for i in s}",
    "x = (i for i in s)",
    "f(i for i in s)",
    "x = [*a, *b]",
    "x = {**a, 'b': 1}",
    "x = {1, 2}",
    "x = set()",
    "x = a[1:2, ::3]",
    "x = a[1:2]",
    "x = a[:]",
    "x = a[1,]",
    "x = a[()]",
    "x = a[i, j]",
    "x = a < b <= c != d in e not in f is g is not h",
    "x = (a < b) < c",
    "x = (yield)",
    "x = yield y",
    "def g():\n    yield from z\n    x = yield\n    await_ = 1",
    "print((yield))",
    "if (n := len(a)) > 10: pass",
    "x = [y := 1, y ** 2]",
    "x = 'a' 'b'",
    "x = b'\\x00\\xff'",
    "x = 'it\\'s'",
    "x = \"quote\\\"s\"",
    "x = 'tab\\tnew\\nline'",
    "x = u'unicode'",
    "x = f'{a!r} and {b:>{width}} {c!s:10} {{literal}}'",
    "x = f'{a}' f'{b}' 'c'",
    "x = f\"{'nested'}\"",
    "x = f'{x!a}'",
    "x = f'{ {1: 2}[1] }'",
    "x = 1e400",
    "x = 1j + 2.5j",
    "x = 0xFF + 0o17 + 0b101 + 1_000",
    "x = ...",
    "x = None, True, False",
    "del a, b[0], c.d",
    "global a, b",
    "assert x, 'message'",
    "raise E from e",
    "raise",
    "import a.b as c, d",
    "from . import x",
    "from ..a.b import c as d, e",
    "from m import *",
    "x: int = 1",
    "(x): int",
    "x.y: List[int]",
    "x += 1\nx **= 2\nx //= 3\nx @= m",
    "try:\n    pass\nexcept (A, B) as e:\n    pass\nexcept C:\n    pass\nexcept:\n    raise\nelse:\n    x = 1\nfinally:\n    y = 2",
    "for i, j in x:\n    continue\nelse:\n    break",
    "while True:\n    pass\nelse:\n    pass",
    "if a:\n    pass\nelif b:\n    pass\nelif c:\n    pass\nelse:\n    pass",
    "if a:\n    pass\nelse:\n    if b:\n        pass\n    x = 1",
    "with open(f) as g, h:\n    pass",
    "with (a, b):\n    pass",
    "@dec\n@dec2(x)\nclass C(B, metaclass=M):\n    'doc'\n    x = 1\n    def m(self):\n        '''method doc'''\n        return self",
    "class D:\n    pass\nx = 1\ndef f():\n    pass\nclass E(object): pass",
    "def f():\n    \"\"\"Multi\n    line \\\\ doc\"\"\"",
    "match p:\n    case 0 | 1 | 2:\n        pass\n    case [a, *rest]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0, y=yy) as pt if yy > 0:\n        pass\n    case (1 | 2) as z:\n        pass\n    case None:\n        pass\n    case -1 | 1.5 | 2+3j:\n        pass\n    case _:\n        pass",
    "match x:\n    case [*_]:\n        pass\n    case {}:\n        pass\n    case C():\n        pass\n    case C(1, 2, a=3):\n        pass\n    case a.b.c:\n        pass\n    case 'str' | b'bytes':\n        pass",
    "x = not (a == b)",
    "x = -(-a)",
    "x = ~a + +b",
    "x = (a, b) + (c,)",
    "x = [a, (b, c)]",
    "f(a, *b, c=1, **d)",
    "f(*(a, b))",
    "x = (await y) ** 2",
    "x = a if (b := c) else d",
    "lambda: (yield)",
    "x = (lambda: 1)()",
    "x = a.b.c(d).e[f](g)",
    "x = 'a' if 'b' else (lambda x: x)",
    "x = *a, *b",
    "for x in *a, *b: pass",
    "x = a[b, *c]" if False else "x = a[b:c, d]",
    "'''only docstring'''",
    "x = r'raw\\d'",
    "x = 'α β \\u200b \\x00'",
    "x = \"'\" + '\"' + '\\'\"'",
]
for src in SOURCES:
    tree = ast.parse(src)
    out = ast.unparse(tree)
    print(out)
    again = ast.unparse(ast.parse(out))
    if again != out:
        print('  NOT STABLE:', again)
    print('-' * 20)

# Expressions built by hand.
print(ast.unparse(ast.BinOp(ast.BinOp(ast.Name('a'), ast.Add(), ast.Name('b')), ast.Mult(), ast.Constant(3))))
print(ast.unparse(ast.Constant((1, 2, 'x'))))
print(ast.unparse(ast.Constant((1,))))
print(ast.unparse(ast.Constant(float('inf'))))
print(ast.unparse(ast.Constant(complex(0, float('inf')))))
print(ast.unparse(ast.Constant(-1.5)))
print(ast.unparse(ast.Tuple([], ast.Load())))
print(ast.unparse(ast.Set([])))
print(ast.unparse(ast.Expression(ast.Name('x'))))
print(ast.unparse(ast.Call(ast.Name('f'), [ast.Starred(ast.BoolOp(ast.Or(), [ast.Name('a'), ast.Name('b')]), ast.Load())], [])))
m = ast.Module([ast.FunctionDef('f', ast.arguments([], [ast.arg('x')], None, [], [], None, []),
                                [ast.Return(ast.Name('x'))], [])], [])
try:
    ast.unparse(m)
except AttributeError as e:
    print('AttributeError:', e)
print(ast.unparse(ast.fix_missing_locations(m)))
for bad in [ast.Raise(cause=ast.Name('x')), ast.YieldFrom(),
            ast.JoinedStr([ast.Constant(1)]),
            ast.JoinedStr([ast.FormattedValue(ast.Constant('\n'), -1, None)]),
            ast.JoinedStr([ast.FormattedValue(ast.Name('x'), ord('z'), None)])]:
    try:
        print(ast.unparse(bad))
    except (ValueError, AttributeError) as e:
        print(type(e).__name__ + ':', str(e).split(' at 0x')[0])
