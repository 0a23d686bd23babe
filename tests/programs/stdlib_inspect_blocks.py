# Leading comment one
# Leading comment two
"""Module docstring."""
import functools
import inspect


def deco(*a, **k):
    def wrap(f):
        return f
    return wrap


# Comment for plain
# second comment line
def plain(a, b):
    x = a + b  # trailing
    # inner comment

    return x
    # comment after return, same column


  # comment at odd column
def after_odd():
    return 1
# at column zero after body


@deco(1,
      2)
@deco
def multi_decorated(x):
    """Doc with def inside: def fake():"""
    return x


@deco()  # comment on decorator
# comment between decorator and def
def commented_decorator():
    pass


def one_liner(): return 'def x(): pass'


def with_lambda_default(f=lambda y: y + 1,
                        g=lambda: 0):
    return f


async def coroutine_fn(a):
    await a
    return 1


def string_body():
    s = """
def not_real():
    pass
"""
    t = 'unterminated looking \
continued'
    return s, t


def backslash(a, \
              b):
    return a + \
        b


class Outer:
    """Outer doc."""

    attr = [1,
            2]

    def method(self):
        return (1,
    2)

    @staticmethod
    def static(): return 5

    class Inner:
        value = 1

        def deep(self):
            def inner_fn():
                return 'deep'
            return inner_fn

    # trailing class comment


if True:
    class InIf:
        x = 1
else:
    class InIf:
        x = 2


def factory():
    class Made:
        def m(self):
            return 1
    return Made


@deco
class Decorated(Outer):
    pass


class OneLine: pass


square = lambda x: x * x
pair = (lambda a: a,
        lambda b: b)
compose = functools.partial(lambda a, b: a + b, 1)


def tabbed():
	x = 1
	return x


def last_function():
    return 'end'
    # final comment


import sys
m = sys.modules[__name__]

targets = [m.plain, m.after_odd, m.multi_decorated, m.commented_decorator, m.one_liner,
           m.with_lambda_default, m.coroutine_fn, m.string_body, m.backslash, m.Outer,
           m.Outer.method, m.Outer.static, m.Outer.Inner, m.Outer.Inner.deep,
           m.Outer.Inner().deep(), m.InIf, m.factory, m.factory(), m.factory().m,
           m.Decorated, m.OneLine, m.square, m.pair[0], m.pair[1], m.tabbed,
           m.last_function, m.with_lambda_default.__defaults__[0],
           m.with_lambda_default.__defaults__[1], m.deco, m.deco(1)]
for t in targets:
    name = getattr(t, '__qualname__', getattr(t, '__name__', '?'))
    try:
        lines, start = inspect.getsourcelines(t)
        print('==', name, start, len(lines))
        print(''.join(lines), end='|\n')
    except (OSError, TypeError) as e:
        print('==', name, type(e).__name__, e)
    try:
        print('comments:', repr(inspect.getcomments(t)))
    except Exception as e:
        print('comments error', type(e).__name__, e)
print(inspect.getmodule(m.plain) is m, inspect.getcomments(m))
print(inspect.getmodule(m.plain.__code__) is m)
print(inspect.getfile(m.Outer) == __file__)
print(inspect.getabsfile(m.plain).endswith(__file__.rsplit('/', 1)[-1]))
print(inspect.findsource(m.Outer.Inner)[1], inspect.findsource(m.plain)[1], inspect.findsource(m.multi_decorated)[1])
