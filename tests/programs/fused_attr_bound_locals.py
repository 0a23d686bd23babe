# Attribute access on locals bound by earlier statements, for-loop targets, and locals
# that may be unbound at the access (each UnboundLocalError at the name's position).
import sys
import traceback


class Box:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


def show(f, *args):
    try:
        print(f(*args))
    except Exception:
        traceback.print_exc(file=sys.stdout)


def sequential():
    b = Box(1)
    c: Box = Box(2)
    d, (e, *f) = Box(3), [Box(4), Box(5)]
    total = b.v + c.v + d.get() + e.v + f[0].v
    b.v = 10
    return total, b.v


def loop(items):
    out = []
    for it in items:
        out.append(it.v)
        it.v += 1
        x = it
        x.w = x.v * 2
    return out, [i.w for i in items]


def branch(flag):
    if flag:
        b = Box(1)
    return b.v


def assigned_later():
    for i in range(2):
        if i:
            return b.v
        b = Box(7)


def in_try():
    try:
        b = Box(1)
        raise ValueError
    except ValueError:
        pass
    return b.v


def try_failed():
    try:
        b = Box(int("x"))
    except ValueError:
        pass
    return b.v


def after_loop(items):
    for it in items:
        pass
    return it.v


def while_first(n):
    while n:
        n -= 1
        if n == 0:
            return w.v
        w = Box(n)


def deleted():
    b = Box(1)
    del b
    b2 = Box(2)
    return b.v + b2.v


def store_unbound():
    if False:
        o = None
    o.v = 1


def method_unbound():
    if False:
        o = None
    return o.get()


show(sequential)
show(loop, [Box(1), Box(2)])
show(branch, True)
show(branch, False)
show(assigned_later)
show(in_try)
show(try_failed)
show(after_loop, [Box(4)])
show(after_loop, [])
show(while_first, 2)
show(deleted)
show(store_unbound)
show(method_unbound)
