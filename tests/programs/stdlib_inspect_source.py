import inspect

def simple(a, b):
    """Doc."""
    x = a + b
    # a comment inside

    return x

def deco(fn):
    return fn

@deco
def decorated(
        a,
        b=2):
    s = """multi
line string at column 0
"""
    return s

class Outer:
    """Outer doc."""

    def method(self):
        return (1,
    2)

    class Inner:
        value = 1

def one_liner(): return 1

square = lambda x: x * x

def outer_fn():
    def nested():
        return 'nested'
    return nested

print(inspect.getsource(simple), end='')
print('---')
print(inspect.getsource(decorated), end='')
print('---')
print(inspect.getsource(Outer), end='')
print('---')
print(inspect.getsource(Outer.method), end='')
print(inspect.getsource(Outer().method), end='')
print('---')
print(inspect.getsource(Outer.Inner), end='')
print(inspect.getsource(one_liner), end='')
print(inspect.getsource(square), end='')
print(inspect.getsource(outer_fn()), end='')
lines, start = inspect.getsourcelines(simple)
print(start, len(lines))
lines, start = inspect.getsourcelines(Outer.Inner)
print(start, lines)
try:
    inspect.getsource(len)
except TypeError as e:
    print('TypeError:', e)
ns = {}
exec('def made(): pass', ns)
try:
    inspect.getsource(ns['made'])
except OSError as e:
    print('OSError:', e)
