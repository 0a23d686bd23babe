# Position lines for statements: unpacking targets, loops, with, assert, raise, and
# expressions spanning lines (only the first line is shown, marked to its end).
import traceback


def show(f, *args):
    try:
        f(*args)
    except Exception:
        traceback.print_exc()


def unpack():
    a, b = 1


def unpack_star():
    a, *b = 5


def too_many():
    a, b = [1, 2, 3]


def loop():
    for x in 5:
        pass


def with_bad():
    with 5:
        pass


def raise_inline():
    if True: raise ValueError("inline")


def compare(a):
    return a < 1 < 2


def unary(s):
    return -s


def augmented_name(x):
    x += "a"
    return x


def binop_multiline(a, b):
    return (a +
            a /
            b)


def subscript_multiline(d):
    return d[
        "k"
    ]


def in_list(a):
    return [a[0],
            a[3]]


def comprehension(xs):
    return [1 / x for x in xs]


def generator(xs):
    return sum(1 / x for x in xs)


def fstring(x):
    return f"{x:d}"


show(unpack)
show(unpack_star)
show(too_many)
show(loop)
show(with_bad)
show(raise_inline)
show(compare, None)
show(unary, "s")
show(augmented_name, 1)
show(binop_multiline, 1, 0)
show(subscript_multiline, {})
show(in_list, [1])
show(comprehension, [1, 0])
show(generator, [1, 0])
show(fstring, object())
total = (1 +
         2) / 0
