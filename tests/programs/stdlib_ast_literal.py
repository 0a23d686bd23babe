# ast.literal_eval: literals, containers, signed and complex numbers, and CPython's
# "malformed node or string" errors.
import ast

GOOD = [
    "1", "-1", "+1.5", "- 2", "0x1F", "1_000", "1e3", "-1e-3", "2j", "-2j", "1+2j",
    "1-2j", "-1+2.5j", "1.5-0j", "'s'", "b'b'", "'a' 'b'", "u'x'", "r'\\n'", "True",
    "False", "None", "...", "()", "(1,)", "(1, 2, (3, 4))", "[]", "[1, [2, [3]]]",
    "{}", "{'a': 1, 'b': [2, 3], 3: (4,)}", "{1, 2, 3}", "set()", "{1: {2: {3: 4}}}",
    "  \t[1, 2]", "10**0" if False else "[-1, -2.0, -3j]", "(((1)))", "\n1",
]
for src in GOOD:
    v = ast.literal_eval(src)
    print(repr(src), '->', repr(v), type(v).__name__)

BAD = [
    "x", "f()", "1 + 1", "2j + 1", "1 + x", "-'s'", "--1", "[1, x]", "{x: 1}",
    "a.b", "set([1])", "set(x=1)", "{**d}", "1 < 2", "lambda: 1", "not True",
    "(1).real", "[i for i in x]", "f'{x}'", "x := 1" if False else "'a' * 2",
    "1 +\n x", "1j + 1j", "True + 1j" if False else "(1+1j) + 1j",
]
for src in BAD:
    try:
        ast.literal_eval(src)
        print(repr(src), 'accepted')
    except ValueError as e:
        msg = str(e)
        print(repr(src), 'ValueError:', msg.split(': <')[0].split(' object at ')[0])
    except SyntaxError as e:
        print(repr(src), 'SyntaxError:', e.msg)

# Nodes instead of strings.
print(ast.literal_eval(ast.parse('[1, 2]', mode='eval')))
print(ast.literal_eval(ast.parse('(3, 4)', mode='eval').body))
print(ast.literal_eval(ast.Constant('direct')))
for node in [ast.Name('x'), ast.Dict(keys=[ast.Constant(1)], values=[]),
             ast.List([ast.Name('y', lineno=7)], ast.Load())]:
    try:
        ast.literal_eval(node)
    except ValueError as e:
        print('ValueError:', str(e).split(': <')[0])
try:
    ast.literal_eval('{**{}}')
except ValueError as e:
    print('ValueError:', e)
try:
    ast.literal_eval('1 +')
except SyntaxError as e:
    print('SyntaxError:', e.msg, e.lineno)
try:
    ast.literal_eval(5)
except ValueError as e:
    print('ValueError:', e)
