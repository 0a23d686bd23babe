def deep(n):
    e = ValueError("leaf")
    for i in range(n):
        e = ExceptionGroup(str(i), [e, TypeError(i)])
    return e
import sys
for n in (990, 1010, 3000):
    d = deep(n)
    for name, f in (("split", lambda: d.split(ValueError)), ("subgroup", lambda: d.subgroup(ValueError))):
        try:
            f()
            print(n, name, "ok")
        except RecursionError as x:
            print(n, name, x)
    try:
        try:
            raise d
        except* ValueError:
            pass
    except RecursionError as x:
        print(n, "except*", x)
    except ExceptionGroup:
        print(n, "except* ok")
