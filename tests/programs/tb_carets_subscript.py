# Position lines for subscripts: '~' under the value, '^' under the [...] part.
import traceback


def show(f, *args):
    try:
        f(*args)
    except Exception:
        traceback.print_exc()


def index(xs):
    return xs[5]


def key(d):
    return d["missing"] + 1


def spaced(xs):
    return xs [ 5 ]


def chained(xs):
    return xs[0][7]


def sliced(n):
    return n[1:2]


def tuple_key(d):
    return d[1, 2]


def store(t):
    t[0] = 5


def delete(d):
    del d["k"]


def augmented(xs):
    xs[0] += "a"


def whole_line(xs):
    xs[9]


show(index, [1])
show(key, {})
show(spaced, [1])
show(chained, [[1]])
show(sliced, 5)
show(tuple_key, {})
show(store, (1, 2))
show(delete, {})
show(augmented, [1])
show(whole_line, [])
z = {}; "日本"[5]
