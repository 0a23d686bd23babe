# Position lines under traceback source lines: binary operators get '~' under the
# operands and '^' under the operator, as CPython 3.11 draws them.
import traceback


def show(f, *args):
    try:
        f(*args)
    except Exception:
        traceback.print_exc()


def plain(a, b):
    return a / b


def parenthesised(a, b):
    return (a) + (b)


def nested(a, b):
    return (a * 2) - (a + b)


def two_char_operator(a, b):
    return a // b


def spaced(a, b):
    return a   **   b


def tabs(a, b):
    return a	%	b


def non_ascii(a):
    return ("é" + a)


def wide(a):
    return "日本" + a


def in_call(a, b):
    print(a + 1, a / b)


def whole_line(a, b):
    a / b


def trailing_blanks(a, b):
    return a / b   


def comment_after(a, b):
    return a / b  # divides


show(plain, 1, 0)
show(parenthesised, 1, "s")
show(nested, 1, "s")
show(two_char_operator, 1, 0)
show(spaced, 0, -1)
show(tabs, 1, 0)
show(non_ascii, 1)
show(wide, 1)
show(in_call, 1, 0)
show(whole_line, 1, 0)
show(trailing_blanks, 1, 0)
show(comment_after, 1, 0)
x = [1, 2]
print(x[1] + x[0] / 0)
