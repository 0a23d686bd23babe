# An UnboundLocalError points at the local itself, wherever the local is used: as an
# operand, a subscripted value or index, in a comparison, a store, an augmented
# assignment.
import sys
import traceback


def show(f):
    try:
        f(False)
    except UnboundLocalError:
        traceback.print_exc(file=sys.stdout)


def left(flag):
    if flag:
        a = 1
    return a + 1


def right(flag):
    b = 2
    if flag:
        a = 1
    return b * a


def subscript(flag):
    i = 0
    if flag:
        v = [1]
    return v[i]


def index(flag):
    v = [1, 2]
    if flag:
        i = 0
    return v[i] + v[0]


def compare(flag):
    if flag:
        n = 1
    while n < 10:
        n += 1
    return n


def store(flag):
    if flag:
        v = [0]
    v[0] = 5


def augmented(flag):
    if flag:
        t = 0
    t += 1


def call_arg(flag):
    if flag:
        a = 1
    return max(a, 2)


for f in (left, right, subscript, index, compare, store, augmented, call_arg):
    show(f)
