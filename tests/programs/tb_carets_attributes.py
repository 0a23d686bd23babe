# Position lines for attribute loads, stores, deletes and augmented assignments.
import traceback


class Box:
    pass


def show(f, *args):
    try:
        f(*args)
    except Exception:
        traceback.print_exc()


def load(b):
    return b.missing + 1


def chain(s):
    return s.upper().lower().nothing()


def store(n):
    n.attr = 2


def delete(b):
    del b.missing


def augmented(b):
    b.v += "s"


def multiline_load(b):
    return (b
            .missing)


def non_ascii_name(b):
    ä = b
    return ä.ö + 1


def whole_line(b):
    b.missing


def property_error():
    class P:
        @property
        def p(self):
            return 1 / 0

    return P().p + 1


b = Box()
b.v = 1
show(load, b)
show(chain, "abc")
show(store, 5)
show(delete, b)
show(augmented, b)
show(multiline_load, b)
show(non_ascii_name, b)
show(whole_line, b)
show(property_error)
print(b.nope)
