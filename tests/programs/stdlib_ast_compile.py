# compile() of ast trees: parsed, transformed and hand-built trees run as their source
# would; CPython's errors for a tree of the wrong kind or with missing fields.
import ast

SRC = '''
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

class P:
    def __init__(self, x, y=2, *rest, k=3, **kw):
        self.x, self.y, self.k = x, y, k
    def __repr__(self):
        return f'P({self.x!r}, {self.y:>3}, k={self.k})'

result = [fib(i) for i in range(10) if i % 2]
squares = {i: i * i for i in range(4)}
print(result, squares, P(1), P('a', k=9))
try:
    1 / 0
except ZeroDivisionError as e:
    print('caught', type(e).__name__)
finally:
    print('finally')
with open(__file__) if False else __import__('contextlib').nullcontext(5) as v:
    print('with', v)
match (1, [2, 3]):
    case (1, [x, *rest]) if x > 1:
        print('matched', x, rest)
    case _:
        print('no')
g = (x ** 2 for x in range(3))
print(list(g), -5, -2.5, 1j, 10 ** 20, -(10 ** 20), b'by', ..., None)
lam = lambda a, *, b=2: a + b
print(lam(1), lam(1, b=5))
async def co():
    return 7
try:
    co().send(None)
except StopIteration as e:
    print('coroutine returned', e.value)
'''
tree = ast.parse(SRC, '<tree>')
code = compile(tree, '<tree>', 'exec')
print(type(code).__name__, code.co_filename)
exec(code, {'__name__': 'm', '__file__': 'x'})

# An expression tree in eval mode.
print(eval(compile(ast.parse('1 + 2 * 3', mode='eval'), '<e>', 'eval')))
print(eval(compile(ast.fix_missing_locations(ast.Expression(ast.Constant((1, 'two', None)))), '<e>', 'eval')))
try:
    compile(ast.Expression(ast.Constant(1)), '<e>', 'eval')
except TypeError as e:
    print('TypeError:', e)

# A transformed tree.
class Swap(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Add):
            node.op = ast.Mult()
        return node
t = Swap().visit(ast.parse('print(3 + 4, 2 + 5)'))
exec(compile(t, '<swap>', 'exec'))

# A tree built by hand, positions filled in.
body = [ast.Assign([ast.Name('x', ast.Store())], ast.Constant(41)),
        ast.Expr(ast.Call(ast.Name('print', ast.Load()),
                          [ast.BinOp(ast.Name('x', ast.Load()), ast.Add(), ast.Constant(1))], []))]
m = ast.fix_missing_locations(ast.Module(body, []))
exec(compile(m, '<built>', 'exec'))

# Instances of subclasses of node classes compile as their base class.
class MyName(ast.Name):
    pass
t = ast.fix_missing_locations(ast.Expression(
    ast.BinOp(MyName('q', ast.Load()), ast.Add(), ast.Constant(1))))
print(eval(compile(t, '<sub>', 'eval'), {'q': 41}))

# Errors show the tree's line numbers.
t = ast.parse('x = 1\n\ny = 1 / 0\n')
try:
    exec(compile(t, '<lines>', 'exec'))
except ZeroDivisionError as e:
    print('line', e.__traceback__.tb_next.tb_lineno)

# Wrong kinds and missing fields.
cases = [
    (ast.parse('x', mode='eval'), 'exec'),
    (ast.parse('x'), 'eval'),
    (ast.Module([ast.Expr(ast.Name('x', ast.Load()))], []), 'exec'),
    (ast.fix_missing_locations(ast.Module([ast.Expr()], [])), 'exec'),
    (ast.fix_missing_locations(ast.Module([ast.Expr(ast.Name(5, ast.Load()))], [])), 'exec'),
    (ast.fix_missing_locations(ast.Module([ast.Return(ast.Pass())], [])), 'exec'),
    (ast.fix_missing_locations(ast.Module([ast.Expr(ast.Constant([1]))], [])), 'exec'),
    (ast.fix_missing_locations(ast.Module(ast.Pass(), [])), 'exec'),
]
for tree, mode in cases:
    try:
        compile(tree, '<bad>', mode)
        print('compiled')
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', str(e).split(' object at ')[0])
t = ast.fix_missing_locations(ast.Module([ast.Return(ast.Constant(1))], []))
try:
    compile(t, '<ret>', 'exec')
except SyntaxError as e:
    print('SyntaxError:', e.msg, e.lineno)
