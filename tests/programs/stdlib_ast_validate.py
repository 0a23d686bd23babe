# compile() of invalid trees: CPython's validator errors (contexts, empty lists,
# pattern rules), compiler errors, and the trees it accepts.
import ast
L, S = ast.Load(), ast.Store()
N = lambda n, c=L: ast.Name(n, c)
C = ast.Constant
cases = {
 'assign to call': ast.Assign([ast.Call(N('f'), [], [])], C(1)),
 'assign to const': ast.Assign([C(1)], C(1)),
 'assign to binop': ast.Assign([ast.BinOp(N('a'), ast.Add(), N('b'))], C(1)),
 'del const': ast.Delete([C(1)]),
 'augassign tuple': ast.AugAssign(ast.Tuple([N('a', S)], S), ast.Add(), C(1)),
 'augassign call': ast.AugAssign(ast.Call(N('f'), [], []), ast.Add(), C(1)),
 'slice outside': ast.Expr(ast.Slice(C(1), C(2))),
 'starred alone': ast.Expr(ast.Starred(N('x'), L)),
 'named attr': ast.Expr(ast.NamedExpr(ast.Attribute(N('a'), 'b', S), C(1))),
 'for call': ast.For(ast.Call(N('f'), [], []), N('x'), [ast.Pass()], []),
 'comp const': ast.Expr(ast.ListComp(N('x'), [ast.comprehension(C(1), N('y'), [], 0)])),
 'with call': ast.With([ast.withitem(N('a'), ast.Call(N('f'), [], []))], [ast.Pass()]),
 'fv alone': ast.Expr(ast.FormattedValue(N('x'), -1, None)),
 'joined nonstr': ast.Expr(ast.JoinedStr([C(1)])),
 'joined name': ast.Expr(ast.JoinedStr([N('x')])),
 'fv spec const': ast.Expr(ast.JoinedStr([ast.FormattedValue(N('x'), -1, C('>'))])),
 'fv bad conv': ast.Expr(ast.JoinedStr([ast.FormattedValue(N('x'), 999, None)])),
 'matchvalue name': ast.Match(N('x'), [ast.match_case(ast.MatchValue(N('y')), None, [ast.Pass()])]),
 'matchstar top': ast.Match(N('x'), [ast.match_case(ast.MatchStar('y'), None, [ast.Pass()])]),
 'match const singleton': ast.Match(N('x'), [ast.match_case(ast.MatchSingleton(5), None, [ast.Pass()])]),
 'matchclass bad kw': ast.Match(N('x'), [ast.match_case(ast.MatchClass(N('C'), [], ['a'], []), None, [ast.Pass()])]),
 'matchmapping mismatch': ast.Match(N('x'), [ast.match_case(ast.MatchMapping([C(1)], [], None), None, [ast.Pass()])]),
 'matchor one': ast.Match(N('x'), [ast.match_case(ast.MatchOr([ast.MatchAs(None, 'a')]), None, [ast.Pass()])]),
 'match no cases': ast.Match(N('x'), []),
 'dict star key': ast.Expr(ast.Dict([None], [C(1)])),
 'call starred kw': ast.Expr(ast.Call(N('f'), [], [ast.keyword(None, C(1)), ast.keyword('a', C(1))])),
 'lambda body stmt': ast.Expr(ast.Lambda(ast.arguments([], [], None, [], [], None, []), ast.Pass())),
 'yield in class': ast.ClassDef('C', [], [], [ast.Expr(ast.Yield(None))], []),
 'await module': ast.Expr(ast.Await(N('x'))),
 'return module': ast.Return(None),
 'break outside': ast.Break(),
 'continue outside': ast.Continue(),
 'nonlocal module': ast.Nonlocal(['x']),
 'global after use': ast.FunctionDef('f', ast.arguments([], [], None, [], [], None, []), [ast.Expr(N('x')), ast.Global(['x'])], []),
 'duplicate arg': ast.FunctionDef('f', ast.arguments([], [ast.arg('a'), ast.arg('a')], None, [], [], None, []), [ast.Pass()], []),
 'try no handlers': ast.Try([ast.Pass()], [], [], []),
 'try else no handler': ast.Try([ast.Pass()], [], [ast.Pass()], []),
 'raise cause only': ast.Raise(None, N('x')),
 'importfrom neg': ast.ImportFrom('m', [ast.alias('x')], -1),
 'name None': ast.Expr(N('None')),
 'name True store': ast.Assign([N('True', S)], C(1)),
 'empty tuple target': ast.Assign([ast.Tuple([], S)], ast.Tuple([], L)),
 'two starred': ast.Assign([ast.Tuple([ast.Starred(N('a', S), S), ast.Starred(N('b', S), S)], S)], N('c')),
 'subscript slice tuple slices': ast.Expr(ast.Subscript(N('a'), ast.Tuple([ast.Slice(), ast.Slice()], L), L)),
 'boolop one': ast.Expr(ast.BoolOp(ast.And(), [N('x')])),
 'compare mismatch': ast.Expr(ast.Compare(N('a'), [ast.Eq()], [])),
 'annassign tuple': ast.AnnAssign(ast.Tuple([N('a', S)], S), N('int'), None, 0),
 'annassign simple attr': ast.AnnAssign(ast.Attribute(N('a'), 'b', S), N('int'), None, 1),
 'kwdefault mismatch': ast.FunctionDef('f', ast.arguments([], [], None, [ast.arg('k')], [], None, []), [ast.Pass()], []),
 'defaults too many': ast.FunctionDef('f', ast.arguments([], [], None, [], [], None, [C(1)]), [ast.Pass()], []),
 'empty module body fn': ast.FunctionDef('f', ast.arguments([], [], None, [], [], None, []), [], []),
 'deep genexp': ast.Expr(ast.GeneratorExp(N('x'), [])),
 'yield from module': ast.Expr(ast.YieldFrom(N('x'))),
 'starred in call kw': ast.Expr(ast.Call(N('f'), [ast.Starred(ast.Starred(N('x'), L), L)], [])),
 'with no items': ast.With([], [ast.Pass()]),
 'import empty': ast.Import([]),
 'constant big neg': ast.Expr(C(-10**30)),
 'const complex': ast.Expr(C(1+2j)),
 'const nested tuple': ast.Expr(C((1, (2, b'x'), None))),
}
for name, stmt in cases.items():
    m = ast.fix_missing_locations(ast.Module([stmt], []))
    try:
        code = compile(m, '<t>', 'exec')
        r = 'compiled'
    except (SyntaxError, ValueError, TypeError, RecursionError, SystemError) as e:
        r = '%s: %s' % (type(e).__name__, str(e).split(' object at ')[0])
    print(name, '->', r)

# Too deep a tree.
e = ast.Constant(1, lineno=1, col_offset=0)
for i in range(3000):
    e = ast.BinOp(e, ast.Add(), ast.Constant(1, lineno=1, col_offset=0), lineno=1, col_offset=0)
try:
    compile(ast.Expression(e), '<deep>', 'eval')
except RecursionError as ex:
    print('RecursionError:', ex)
e = ast.Constant(1, lineno=1, col_offset=0)
for i in range(300):
    e = ast.BinOp(e, ast.Add(), ast.Constant(1, lineno=1, col_offset=0), lineno=1, col_offset=0)
print(eval(compile(ast.Expression(e), '<deep>', 'eval')))
