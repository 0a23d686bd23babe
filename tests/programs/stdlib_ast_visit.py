# ast.walk / iter_fields / iter_child_nodes, NodeVisitor, NodeTransformer, the location
# helpers, get_docstring and get_source_segment.
import ast

SRC = '''\
"""Module doc.

    Indented line.
"""
import os

def add(a, b=1):
    """Add two
    numbers."""
    return a + b * 2

class K:
    \'\'\'Class doc\'\'\'
    def m(self):
        return [x * 2 for x in range(3)]

total = add(1, 2) + add(3)
name = 'é' + "ü" + f'{total}'
'''
tree = ast.parse(SRC)
print([type(n).__name__ for n in ast.walk(tree)])
print(list(ast.iter_fields(tree.body[1]))[:1][0][0], [f for f, _ in ast.iter_fields(tree.body[1])])
print([type(n).__name__ for n in ast.iter_child_nodes(tree.body[1])])
print([type(n).__name__ for n in ast.iter_child_nodes(ast.Name())])

class Names(ast.NodeVisitor):
    def __init__(self):
        self.names = []
    def visit_Name(self, node):
        self.names.append((node.id, type(node.ctx).__name__))
    def visit_FunctionDef(self, node):
        self.names.append(('def', node.name))
        self.generic_visit(node)
v = Names()
print(v.visit(tree))
print(v.names)

class Counter(ast.NodeVisitor):
    def __init__(self):
        self.counts = {}
    def generic_visit(self, node):
        k = type(node).__name__
        self.counts[k] = self.counts.get(k, 0) + 1
        super().generic_visit(node)
c = Counter()
c.visit(tree)
print(sorted(c.counts.items()))

class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 10), node)
        return node
    def visit_Import(self, node):
        return None
    def visit_Return(self, node):
        self.generic_visit(node)
        return [ast.Expr(ast.Constant('before')), node]
t2 = Doubler().visit(ast.parse(SRC))
print(ast.unparse(t2))
print(ast.dump(t2.body[1].body[1], include_attributes=True))

class RemoveDefault(ast.NodeTransformer):
    def visit_BinOp(self, node):
        return None
t3 = ast.parse('x = a + b\nf(a + b)')
try:
    RemoveDefault().visit(t3)
    print(ast.dump(t3))
except Exception as e:
    print(type(e).__name__, e)

# Deprecated visit_Num and friends are still called, with a warning.
import warnings
class Old(ast.NodeVisitor):
    def visit_Num(self, node):
        print('visit_Num', node.n)
    def visit_Str(self, node):
        print('visit_Str', node.s)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    Old().visit(ast.parse('1 + 2.5; "s"; b"b"; True'))
print([str(w.message) for w in caught], [w.category.__name__ for w in caught])

# Locations.
new = ast.BinOp(ast.Name('a', ast.Load()), ast.Add(), ast.Constant(1))
print(ast.dump(ast.fix_missing_locations(ast.Expression(new)), include_attributes=True))
e = ast.parse('x = 1\ny = 2')
e.body[1].value = ast.Call(ast.Name('f', ast.Load()), [], [])
ast.fix_missing_locations(e)
print(ast.dump(e.body[1], include_attributes=True))
ast.increment_lineno(e, 3)
print([(n.lineno, n.end_lineno) for n in ast.walk(e) if hasattr(n, 'lineno')])
n = ast.Name('q', ast.Load())
print(ast.dump(ast.copy_location(n, e.body[0]), include_attributes=True))
src_node = ast.Name('z', ast.Load(), lineno=1, col_offset=2, end_lineno=None)
print(ast.dump(ast.copy_location(ast.Name('w', ast.Load()), src_node), include_attributes=True))
print(ast.dump(ast.increment_lineno(ast.TypeIgnore(1, ''), 2)))

# Docstrings.
print(repr(ast.get_docstring(tree)))
print(repr(ast.get_docstring(tree, clean=False)))
print(repr(ast.get_docstring(tree.body[2])), repr(ast.get_docstring(tree.body[3])))
print(repr(ast.get_docstring(tree.body[3].body[1])))
print(repr(ast.get_docstring(ast.parse('x = 1'))), repr(ast.get_docstring(ast.parse('1'))))
try:
    ast.get_docstring(tree.body[1])
except TypeError as e:
    print('TypeError:', e)

# Source segments (columns are UTF-8 bytes).
for node in ast.walk(tree):
    if isinstance(node, (ast.Constant, ast.Call, ast.FunctionDef, ast.ListComp, ast.JoinedStr)):
        print(type(node).__name__, repr(ast.get_source_segment(SRC, node)))
print(repr(ast.get_source_segment(SRC, tree.body[2], padded=True)))
print(repr(ast.get_source_segment(SRC, tree.body[3].body[1], padded=True)))
print(ast.get_source_segment(SRC, ast.Name('x')))
print(repr(ast.get_source_segment('a = (1 +\r\n  2)\x0c\n', ast.parse('a = (1 +\r\n  2)\x0c\n').body[0].value)))
