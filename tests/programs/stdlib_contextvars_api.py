# contextvars: argument checking, read-only attributes, refusing subclasses and
# pickling, generic aliases, and the module's names.
import contextvars
import copy
import pickle
import re
from contextvars import Context, ContextVar, Token, copy_context


def clean(text):
    return re.sub(r'0x[0-9a-f]+', '0xADDR', str(text))


def attempt(label, fn):
    try:
        print(label, '->', clean(repr(fn())))
    except Exception as e:
        print(label, '!', type(e).__name__, clean(e))


attempt('ContextVar()', lambda: ContextVar())
attempt('ContextVar(5)', lambda: ContextVar(5))
attempt("ContextVar('x', 1)", lambda: ContextVar('x', 1))
attempt("ContextVar('x', default=1, foo=2)", lambda: ContextVar('x', default=1, foo=2))
attempt("ContextVar('x', foo=1)", lambda: ContextVar('x', foo=1))
attempt("ContextVar(name='x')", lambda: ContextVar(name='x'))
attempt('Context(1)', lambda: Context(1))
attempt('copy_context(1)', lambda: copy_context(1))
attempt('Token()', lambda: Token())

v = ContextVar('v')
attempt('v.get(1, 2)', lambda: v.get(1, 2))
attempt('v.set()', lambda: v.set())
attempt('v.reset()', lambda: v.reset())
attempt('set name', lambda: setattr(v, 'name', 'z'))
attempt('del name', lambda: delattr(v, 'name'))
attempt('set foo', lambda: setattr(v, 'foo', 1))
attempt('get foo', lambda: v.foo)
t = v.set(1)
attempt('set token var', lambda: setattr(t, 'var', 'z'))
attempt('set token old_value', lambda: setattr(t, 'old_value', 'z'))
attempt('set token foo', lambda: setattr(t, 'foo', 'z'))
ctx = copy_context()
attempt('set ctx foo', lambda: setattr(ctx, 'foo', 1))
attempt('ctx.run()', lambda: ctx.run())
attempt('run(1/0)', lambda: ctx.run(lambda: 1 / 0))

for cls in (ContextVar, Context, Token):
    attempt('subclass ' + cls.__name__, lambda: type('X', (cls,), {}))

attempt('pickle var', lambda: pickle.dumps(v))
attempt('pickle ctx', lambda: pickle.dumps(ctx))
attempt('copy ctx', lambda: copy.copy(ctx))
attempt('deepcopy var', lambda: copy.deepcopy(v))

print(ContextVar[int], Token[str])
print(ContextVar, Context, Token)
print(ContextVar.__name__, Context.__module__, Token.__module__)
print(type(ctx.keys()).__name__, type(ctx.values()).__name__, type(ctx.items()).__name__)
print(clean(repr(ctx.keys())))
print(clean(repr(ctx))[:30])
print(sorted(contextvars.__all__))
print(repr(Token.MISSING), type(Token.MISSING).__name__)
print(Token.MISSING is Token.MISSING, bool(Token.MISSING))
it = iter(ctx)
print(next(it) is v)
attempt('next again', lambda: next(it))
