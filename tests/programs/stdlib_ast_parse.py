# ast.parse and ast.dump: every construct, the three modes, positions (UTF-8 byte
# columns), indent and annotate_fields, compile(..., PyCF_ONLY_AST), syntax errors.
import ast

SOURCES = [
    "x = 1",
    "def f(a, /, b: int = 2, *args, c, d=4, **kw) -> str:\n    'doc'\n    return a",
    "async def g():\n    async for x in y:\n        await z\n    async with a as (b, c):\n        pass",
    "@d\nclass C(B, metaclass=M):\n    x: int = 0\n    y: str",
    "del a[0], b.c\nglobal g\nnonlocal_ = 1",
    "for i in range(3):\n    break\nelse:\n    continue",
    "while x:\n    pass\nelse:\n    pass",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass",
    "with open('f') as f, g:\n    pass",
    "raise E from None\nraise",
    "try:\n    pass\nexcept E as e:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass",
    "assert x, 'm'",
    "import a.b as c, d\nfrom .. import e\nfrom .m import (f as g, h)\nfrom x import *",
    "x = a and b or not c",
    "x = (y := 5)",
    "x = a + b - c * d / e // f % g ** h @ i << j >> k | l ^ m & n",
    "x = -a, +b, ~c",
    "x = lambda a, *b, **c: a",
    "x = a if b else c",
    "x = {1: 2, **d}\ny = {1, 2}\nz = [1, *w]\nt = (1,)",
    "x = [a for a in b if c]\ny = {a for a in b}\nz = {a: b for a, b in c}\nw = (a for a in b)",
    "async def f():\n    return [x async for x in y]",
    "def g():\n    yield\n    yield x\n    yield from y",
    "x = a < b <= c == d != e > f >= g is h is not i in j not in k",
    "f(a, *b, c=1, **d)",
    "x = f'a{b!r:>{c}}d{e=}'",
    "x = 'a' 'b' u'c'\ny = u'd' 'e'\nz = b'x' b'y'",
    "x = a.b[c:d:e, f][::]",
    "x = 1, 2.5, 3j, 10**100, 0x10, True, None, ..., 'é'",
    "a, *b = c\n[d, e] = f\na.b = c[d] = 1",
    "x += 1\ny @= 2",
    "match x:\n    case 1 | 2:\n        pass\n    case [a, *b]:\n        pass\n    case {'k': v, **r}:\n        pass\n    case P(1, y=2) as p if p:\n        pass\n    case None | True:\n        pass\n    case -1 | 1+2j:\n        pass\n    case a.b:\n        pass\n    case _:\n        pass",
    "x = 'π' + f'{é}' + 'ü'",
    "(a)\n(a, b)\n(\n  a +\n  b\n)",
    "x = \"\"\"multi\nline\"\"\"\ny = 2",
    "class A: pass\ndef f(): pass",
]
for src in SOURCES:
    tree = ast.parse(src)
    print(ast.dump(tree))
    print(ast.dump(tree, include_attributes=True))

t = ast.parse("if x:\n    y = [1, (2, 3)]\n", mode='exec')
print(ast.dump(t, indent=4))
print(ast.dump(t, indent='\t', annotate_fields=False))
print(ast.dump(t, indent=0))
print(ast.dump(t, annotate_fields=False, include_attributes=True))
print(ast.dump(ast.parse('1 + 2', mode='eval')))
print(ast.dump(ast.parse('x = 1; y', mode='single')))
print(ast.dump(ast.parse('f(x)', filename='<f>', mode='eval'), include_attributes=True))
print(ast.dump(ast.parse(b'x = 1')))
print(ast.dump(ast.ImportFrom(module=None, names=[ast.alias('x')], level=0)))
print(ast.dump(ast.Constant(None), annotate_fields=False))
print(ast.dump(ast.Raise(cause=ast.Name('c')), annotate_fields=False))
print(ast.dump(ast.arguments(), annotate_fields=False))
print(ast.dump(ast.keyword(value=ast.Constant(1))))

tree = compile('x = 1', '<s>', 'exec', ast.PyCF_ONLY_AST)
print(type(tree).__name__, ast.dump(tree))
print(compile(tree, '<s>', 'exec', ast.PyCF_ONLY_AST) is tree)
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(ast.dump(ast.parse('x = 1  # type: int', type_comments=False)))
print(ast.dump(ast.parse('x = 1', feature_version=(3, 11))))

# Syntax errors: as compile() reports them; compile-time errors are not parse errors.
for src in ['x = (1', 'def f(:\n  pass', 'x = 1 +', '  x = 1', 'f(**a, *b)',
            "f'{'", 'a = 1 = 2', 'for x in 1,2:\npass']:
    try:
        ast.parse(src, filename='<bad>')
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset, repr(e.text))
for src in ['return 1', 'break', 'nonlocal x', 'yield 1', 'await x', 'def f(a, a): pass']:
    print(ast.dump(ast.parse(src).body[0]))
try:
    ast.parse('x', mode='bogus')
except ValueError as e:
    print('ValueError:', e)
try:
    ast.parse(5)
except TypeError as e:
    print('TypeError:', e)
try:
    ast.dump('x')
except TypeError as e:
    print('TypeError:', e)
try:
    ast.parse('x\0')
except (SyntaxError, ValueError) as e:
    print(type(e).__name__, e)

# Bytes are decoded as source files are: a PEP 263 declaration, a UTF-8 BOM.
print(ast.dump(ast.parse(b'# -*- coding: latin-1 -*-\nx = "\xe9"\n'), include_attributes=True))
print(ast.dump(ast.parse(b'\xef\xbb\xbfx = 1')))
try:
    compile(b'x\0', 's', 'exec')
except (SyntaxError, ValueError) as e:
    print(type(e).__name__, e.msg)

# The func_type mode (signature type comments).
for s in ['(int, str) -> None', '() -> int', '(int) -> List[int]', '(\n  int,  # c\n  str\n) -> Dict[str, int]', '(a) -> (b, c)', '(x: "a->b") -> "c"' if False else '("a->b") -> \'c\'', '(é) -> ü']:
    try: print(ast.dump(ast.parse(s, mode='func_type'), include_attributes=True))
    except SyntaxError as e: print('SyntaxError', e.msg, e.lineno, e.offset)
for s in ['int -> str', '(int)', 'x']:
    try: print(ast.dump(ast.parse(s, mode='func_type')))
    except SyntaxError as e: print('SyntaxError', e.msg, e.lineno)
print(ast.unparse(ast.parse('(int, str) -> None', mode='func_type')))
try:
    compile('() -> int', 's', 'func_type')
except ValueError as e:
    print('ValueError:', e)
