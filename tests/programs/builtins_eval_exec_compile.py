x = 10
print(eval('x + 1'))
g = {'a': 2}
print(eval('a * 3', g), '__builtins__' in g)
exec('b = a + 1\ndef f(): return b * 2', g)
print(g['b'], g['f']())
def func():
    y = 5
    print(eval('y + x'))
    exec('z = 7')
func()
loc = {}
exec('q = 1', {}, loc)
print(loc)
c = compile('w = 3\nprint(w)', '<mine>', 'exec')
print(c.co_filename if hasattr(c, 'co_filename') else None)
exec(c); exec(c)
e = compile('1 + 2', '', 'eval')
print(eval(e), eval(e))
exec(compile("1 + 2", "", "single")); exec(compile("None", "", "single")); exec(compile("'s'", "", "single"))
print(eval('   7'))
class M(dict):
    def __getitem__(self, k):
        return k * 2 if k != 'print' else print
print(eval('abc', {}, M()))
try:
    exec('1/0')
except ZeroDivisionError as ex:
    print('caught', ex)
try:
    eval('(')
except SyntaxError as ex:
    print('syntax', ex.msg, ex.lineno, ex.filename)
exec('import math; r = math.sqrt(16)', g)
print(g['r'])
