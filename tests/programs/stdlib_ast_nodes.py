# ast node classes: hierarchy, _fields / _attributes, constructors and their errors,
# class defaults, deprecated aliases, singletons, pickling-free copies.
import ast
import copy

for name in ['AST', 'mod', 'Module', 'Expression', 'Interactive', 'stmt', 'FunctionDef',
             'AsyncFunctionDef', 'ClassDef', 'Return', 'Assign', 'AugAssign', 'AnnAssign',
             'For', 'With', 'Match', 'Raise', 'Try', 'Assert', 'Import', 'ImportFrom',
             'Global', 'Expr', 'Pass', 'expr', 'BoolOp', 'NamedExpr', 'BinOp', 'Lambda',
             'IfExp', 'Dict', 'ListComp', 'DictComp', 'Await', 'Yield', 'Compare', 'Call',
             'FormattedValue', 'JoinedStr', 'Constant', 'Attribute', 'Subscript',
             'Starred', 'Name', 'List', 'Tuple', 'Slice', 'expr_context', 'Load', 'Store',
             'Del', 'boolop', 'And', 'operator', 'Add', 'unaryop', 'USub', 'cmpop', 'Eq',
             'comprehension', 'excepthandler', 'ExceptHandler', 'arguments', 'arg',
             'keyword', 'alias', 'withitem', 'match_case', 'pattern', 'MatchValue',
             'MatchSingleton', 'MatchSequence', 'MatchMapping', 'MatchClass', 'MatchStar',
             'MatchAs', 'MatchOr', 'type_ignore', 'TypeIgnore', 'TryStar']:
    cls = getattr(ast, name)
    print(name, [b.__name__ for b in cls.__mro__], cls._fields, cls._attributes)

print(ast.Name.__module__, ast.Name.__match_args__)
print(issubclass(ast.Name, ast.expr), issubclass(ast.Add, ast.operator))

# Constructors.
n = ast.Name('x', ast.Load())
print(n.id, type(n.ctx).__name__, ast.dump(n))
n = ast.Name(id='y')
print(n.id, hasattr(n, 'ctx'), ast.dump(n))
print(ast.dump(ast.Name()))
b = ast.BinOp(ast.Constant(1), ast.Add(), right=ast.Constant(2), lineno=3, extra=7)
print(ast.dump(b, include_attributes=True), b.lineno, b.extra)
for args, kwargs in [((1, 2, 3), {}), (('x',), {'id': 'y'}), ((1,), {}), ((), {})]:
    try:
        ast.Name(*args, **kwargs)
        print('ok')
    except TypeError as e:
        print('TypeError:', e)
for cls, args in [(ast.Pass, (1,)), (ast.Return, (1, 2)), (ast.Constant, (1, 2, 3))]:
    try:
        cls(*args)
    except TypeError as e:
        print('TypeError:', e)

# Optional fields default to None on the class; required ones are missing.
r = ast.Return()
print(r.value, ast.Constant(5).kind, ast.FunctionDef().returns)
try:
    ast.BinOp().left
except AttributeError as e:
    print('AttributeError:', e)
print(ast.expr.end_lineno, ast.stmt.end_col_offset, ast.arg.end_lineno)
print(hasattr(ast.expr, 'lineno'), hasattr(ast.pattern, 'end_lineno'))

# The parser shares the operator and context instances.
t = ast.parse('a + b + c; d = e')
ops = [x for x in ast.walk(t) if isinstance(x, (ast.operator, ast.expr_context))]
print(len(ops), ops[0] is ops[1], [type(o).__name__ for o in ops])
print(ast.Load() is ast.Load())

# Deprecated constant classes.
for value in [1, 1.5, 2j, True, None, 'x', b'y', ...]:
    c = ast.Constant(value)
    print(repr(value), [k for k in ('Num', 'Str', 'Bytes', 'NameConstant', 'Ellipsis')
                        if isinstance(c, getattr(ast, k))])
num = ast.Num(42)
print(type(num).__name__, num.value, num.n, ast.dump(num))
s = ast.Str(s='text')
print(type(s).__name__, s.value, s.s)
print(ast.dump(ast.Bytes(b'z')), ast.dump(ast.NameConstant(None)), ast.dump(ast.Ellipsis()))
print(isinstance(ast.Name('x'), ast.Num), issubclass(ast.Num, ast.Constant))
c = ast.Constant(1)
c.n = 5
print(c.value)
print(ast.dump(ast.Index(ast.Name('i'))), ast.dump(ast.ExtSlice([ast.Constant(1)])))

# Copies.
t = ast.parse('f(x, y=1)')
t2 = copy.deepcopy(t)
print(ast.dump(t2) == ast.dump(t), t2.body[0] is not t.body[0])
print(ast.dump(copy.copy(t.body[0].value)))
print(sorted(vars(ast.parse('x').body[0].value)))

# _ast holds the same classes.
import _ast
print(_ast.Name is ast.Name, _ast.AST is ast.AST, _ast.PyCF_ONLY_AST, hasattr(_ast, 'Num'),
      hasattr(_ast, 'parse'), hasattr(_ast, 'slice'), hasattr(_ast, 'TypeIgnore'))
names = sorted(n for n in dir(_ast) if not n.startswith('_'))
print(len(names), names[:5], names[-5:])
