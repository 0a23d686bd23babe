# contextvars: ContextVar get/set/reset with tokens, defaults, Context mapping
# methods, copy_context and Context.run, and the errors with their messages.
import contextvars
import re
from contextvars import Context, ContextVar, Token, copy_context


def clean(text):
    return re.sub(r'0x[0-9a-f]+', '0xADDR', str(text))


def attempt(label, fn):
    try:
        print(label, '->', clean(repr(fn())))
    except Exception as e:
        print(label, '!', type(e).__name__, clean(e))


v = ContextVar('v')
d = ContextVar('d', default=7)
n = ContextVar('n', default=None)
print(v.name, d.name, n.get())
print(clean(repr(v)), clean(repr(d)))
attempt('v.get()', lambda: v.get())
attempt('v.get(3)', lambda: v.get(3))
attempt('d.get()', lambda: d.get())
attempt('d.get(4)', lambda: d.get(4))

tok = v.set(1)
print(tok.var is v, tok.old_value is Token.MISSING, repr(Token.MISSING))
print(clean(repr(tok)))
tok2 = v.set(2)
print(tok2.old_value, v.get())
v.reset(tok2)
print(v.get(), clean(repr(tok2)))
attempt('reset used', lambda: v.reset(tok2))
attempt('reset other var', lambda: d.reset(tok))
attempt('reset non-token', lambda: v.reset(5))
v.reset(tok)
attempt('v.get() after reset', lambda: v.get())

# A reset restores the value from before its set, whatever happened since.
t1 = v.set(10)
v.set(11)
v.set(12)
v.reset(t1)
attempt('after skipping resets', lambda: v.get())

# The current context as a mapping.
dt = d.set('dee')
v.set('vee')
ctx = copy_context()
print(type(ctx).__name__, len(ctx), sorted(var.name for var in ctx))
print(ctx[v], ctx.get(d), ctx.get(n), ctx.get(n, 'fallback'), v in ctx, n in ctx)
print(sorted((var.name, value) for var, value in ctx.items()))
print(sorted(ctx.values()), len(ctx.keys()), len(ctx.values()), len(ctx.items()))
print(sorted(var.name for var in ctx.keys()))
attempt('ctx[n]', lambda: ctx[n])
attempt('ctx[1]', lambda: ctx[1])
attempt('ctx.get(1)', lambda: ctx.get(1))
attempt('1 in ctx', lambda: 1 in ctx)
attempt('ctx.get()', lambda: ctx.get())
attempt('ctx.get(v, 1, 2)', lambda: ctx.get(v, 1, 2))

# The copy is a snapshot: later changes to the current context do not reach it.
v.set('changed')
print(ctx[v], v.get())


def body(a, b=2):
    print('in run:', v.get(), a, b)
    v.set('inside')
    n.set(5)
    attempt('re-enter', lambda: ctx.run(body, 1))
    return 'result'


print(ctx.run(body, 1, b=3))
print('outside:', v.get(), n.get(), '| ctx:', ctx[v], ctx[n])

# A fresh Context is empty; variables keep their defaults there.
empty = Context()
print(len(empty), list(empty), list(empty.items()))


def in_empty():
    print('empty run:', v.get('unset'), d.get())
    v.set('e')
    return copy_context()


snapshot = empty.run(in_empty)
print(snapshot[v], empty[v], v.get())

# copy() and equality.
c2 = ctx.copy()
print(c2 is ctx, c2 == ctx, c2 == empty, Context() == Context(), ctx != 5)
print(ctx.__eq__(5))
attempt('hash(ctx)', lambda: hash(ctx))
print(hash(v) == hash(v), v == v, v != d)

# A token belongs to the context it was made in.
outer_token = v.set('outer')
attempt('reset in other context', lambda: Context().run(v.reset, outer_token))
v.reset(outer_token)
print(v.get())

# Nested runs of different contexts.
a = ContextVar('a', default=0)


def level(depth):
    a.set(depth)
    if depth < 3:
        copy_context().run(level, depth + 1)
    print('level', depth, a.get())


copy_context().run(level, 1)
print('top', a.get())

# Exceptions pass out of run() and leave the context usable again.
def boom():
    a.set(99)
    raise KeyError('boom')


c3 = copy_context()
attempt('run raising', lambda: c3.run(boom))
print(c3[a], a.get(), c3.run(a.get))
