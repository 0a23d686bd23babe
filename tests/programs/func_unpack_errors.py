# Errors from * and ** unpacking in calls and displays, naming the callee as CPython does.
def f(*a, **k): pass
class C:
    def m(self): pass
for fn in (lambda: f(*5), lambda: f(1, *5), lambda: [*5], lambda: (*5,), lambda: {*5}, lambda: f(**[1]), lambda: {**[1]}, lambda: f(**{'a': 1}, a=2), lambda: f(**{'a': 1}, **{'a': 2}), lambda: len(*5), lambda: C().m(*5), lambda: C(*5), lambda: int(*5), lambda: f(**{1: 2}), lambda: print(**{1: 2}), lambda: C().m(**[1]), lambda: dict(**{1: 2}), lambda: f(*None), lambda: f(1, 2, *None, **None)):
    try:
        fn()
    except TypeError as e:
        print(e)
