"""Augmented assignment to a subscript of a local: the container and key are read again
for the store (or copied when a walrus could rebind them), with CPython's errors and positions."""
import sys
def f(d, l, t):
    k = 'a'
    d[k] += 1
    l[0] += 5
    l[-1] -= 2
    i = 1
    l[i] *= 3
    print(d, l)
    x = [1, 2]
    x[0] += (x := [10, 20])[1]
    print(x)
    try:
        t[0] += 1
    except TypeError as e:
        print(e)
    try:
        l[10] += 1
    except IndexError as e:
        print(e)
    try:
        d['zz'] += 1
    except KeyError as e:
        print('KeyError', e)
    s = [1, 2, 3]
    s[1] = 'x'
    s[k == 'a'] = 'y'
    print(s, l[i], l[0], s[-1])
    def g():
        y = [0]
        y[0] += 1
        q = y
        del q
        return y
    print(g())
    try:
        del k
        print(s[k])
    except UnboundLocalError as e:
        print(e)
f({'a': 1}, [1, 2, 3], (1,))
def h():
    l = {}
    l[0]   +=    "a"
h()
