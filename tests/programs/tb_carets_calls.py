# Position lines for calls, methods, decorators and nested frames.
import traceback


def show(f, *args):
    try:
        f(*args)
    except Exception:
        traceback.print_exc()


def fail(*args, **kwargs):
    return 1 / 0


class Thing:
    def method(self, v=0):
        return 1 / v


def call_in_expression():
    return fail(1) + 2


def nested_call():
    return len(str(fail()))


def method_call():
    t = Thing()
    return t.method(0) + 1


def method_keyword():
    t = Thing()
    return t.method(v=0) + 1


def method_multiline():
    t = Thing()
    return (t
            .method(0))


def method_name_on_next_line():
    t = Thing()
    return (t.
            method(0))


def call_multiline():
    return fail(1,
                2,
                3)


def star_call():
    return fail(*[1], **{}) + 1


def not_callable():
    n = 5
    return n(1) + 1


def builtin_error():
    return int("abc") + 1


def whole_line_call():
    fail()


def lambda_call():
    f = lambda x: x / 0
    return [f(1)]


def decorated():
    def deco(f):
        raise ValueError("bad decorator")

    @deco
    def g():
        pass


def decorator_factory():
    def make(n):
        return 1 / n

    @make(0)
    def g():
        pass


def deep(n):
    if n == 0:
        return {}["k"]
    return [deep(n - 1)]


show(call_in_expression)
show(nested_call)
show(method_call)
show(method_keyword)
show(method_multiline)
show(method_name_on_next_line)
show(call_multiline)
show(star_call)
show(not_callable)
show(builtin_error)
show(whole_line_call)
show(lambda_call)
show(decorated)
show(decorator_factory)
show(deep, 3)
result = [deep(2)]
