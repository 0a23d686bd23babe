import inspect
import functools

def f(a, b=2, *args, c, d=4, **kw):
    pass

def g(x, y, /, z=3, *, w):
    pass

def annotated(a: int, b: str = 'x', *rest: float, flag: bool = False, **opts: dict) -> list:
    pass

def noargs():
    pass

for fn in [f, g, annotated, noargs, lambda: 0, lambda q, *r: 0, lambda *, k=1: 0]:
    sig = inspect.signature(fn)
    print(sig, repr(sig))

sig = inspect.signature(f)
print(list(sig.parameters), sig.return_annotation is inspect.Signature.empty)
for name, p in sig.parameters.items():
    print(name, p.kind, repr(p.kind), p.kind.description, p.default is p.empty, repr(p), str(p))
print(inspect.signature(annotated).return_annotation, inspect.signature(annotated).parameters['a'].annotation)
print(repr(inspect.Parameter.empty), inspect.Parameter.empty is inspect.Signature.empty)
print(inspect.Parameter.KEYWORD_ONLY > inspect.Parameter.POSITIONAL_ONLY, int(inspect.Parameter.VAR_KEYWORD))

ba = sig.bind(1, 2, 3, 4, c=5, e=6)
print(ba, ba.args, ba.kwargs)
ba = sig.bind(1, c=3)
print(ba, ba.arguments)
ba.apply_defaults()
print(ba, ba.args, ba.kwargs)
print(sig.bind_partial(c=1), sig.bind_partial())
gs = inspect.signature(g)
print(gs.bind(1, 2, w=0), gs.bind(1, 2, 3, w=0).args)
for args, kwargs in [((), {}), ((1,), {}), ((1, 2, 3, 4), {'w': 1}), ((1, 2), {'x': 1, 'w': 2}),
                     ((1, 2), {'w': 1, 'q': 2}), ((1, 2, 3), {'z': 4, 'w': 1})]:
    try:
        gs.bind(*args, **kwargs)
    except TypeError as e:
        print('TypeError:', e)

class C:
    def __init__(self, a, b=1):
        pass
    def method(self, x, *, y=2):
        pass
    @classmethod
    def cm(cls, p):
        pass
    @staticmethod
    def sm(q, r=0):
        pass
    def __call__(self, z):
        pass

class D:
    pass

class E(C):
    pass

print(inspect.signature(C), inspect.signature(C(1).method), inspect.signature(C.method))
print(inspect.signature(C.cm), inspect.signature(C.sm), inspect.signature(C(1)))
print(inspect.signature(D), inspect.signature(E))

P = inspect.Parameter
s2 = inspect.Signature([P('a', P.POSITIONAL_ONLY), P('b', P.POSITIONAL_OR_KEYWORD, default=1),
                        P('c', P.KEYWORD_ONLY, annotation=int)], return_annotation=str)
print(s2, s2 == s2.replace(), s2 == inspect.signature(f))
print(s2.replace(return_annotation=inspect.Signature.empty))
print(s2.replace(parameters=[P('x', P.VAR_POSITIONAL)]))
print(P('x', P.KEYWORD_ONLY, default=None).replace(name='y', default=3))
print(P('a', P.POSITIONAL_ONLY) == P('a', P.POSITIONAL_ONLY), P('a', P.POSITIONAL_ONLY) == P('a', P.KEYWORD_ONLY))
for bad in [lambda: inspect.Signature([P('b', P.KEYWORD_ONLY), P('a', P.POSITIONAL_ONLY)]),
            lambda: inspect.Signature([P('a', P.POSITIONAL_ONLY, default=1), P('b', P.POSITIONAL_ONLY)]),
            lambda: inspect.Signature([P('a', P.POSITIONAL_ONLY), P('a', P.KEYWORD_ONLY)]),
            lambda: P('a', P.VAR_POSITIONAL, default=1),
            lambda: P('not valid', P.KEYWORD_ONLY),
            lambda: P('class', P.KEYWORD_ONLY),
            lambda: P(5, P.KEYWORD_ONLY),
            lambda: inspect.signature(5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)

def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper

@deco
def wrapped(a, b=1):
    pass
print(inspect.signature(wrapped), inspect.signature(wrapped, follow_wrapped=False))
print(inspect.unwrap(wrapped) is wrapped.__wrapped__)
print(inspect.signature(functools.partial(f, 1, 2, c=3)))
print(inspect.signature(functools.partial(g, 1)))
print(inspect.signature(functools.partial(annotated, b='y')))

spec = inspect.getfullargspec(f)
print(spec)
print(inspect.getfullargspec(annotated))
print(spec.args, spec.varargs, spec.varkw, spec.defaults, spec.kwonlyargs, spec.kwonlydefaults)
