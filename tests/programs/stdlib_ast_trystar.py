# ast and except*: TryStar nodes from parse, unparse, compile of a tree, validation.
import ast
src = '''
try:
    f()
except* ValueError as e:
    pass
except* (KeyError, TypeError):
    g()
else:
    h()
finally:
    k()
'''
t = ast.parse(src)
print(ast.dump(t, indent=1))
print(ast.unparse(t))
code = compile(t, '<ast>', 'exec')
ns = {}
exec(compile(ast.parse('''
try:
    raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
except* ValueError as e:
    print("V", e.exceptions)
except* KeyError as e:
    print("K", e.exceptions)
'''), 's', 'exec'), ns)
bad = ast.TryStar(body=[ast.Pass()], handlers=[], orelse=[], finalbody=[])
m = ast.Module(body=[bad], type_ignores=[])
ast.fix_missing_locations(m)
try: compile(m, 's', 'exec')
except ValueError as e: print(e)
