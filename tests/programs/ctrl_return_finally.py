# return inside finally/with/loops and the values they produce.
def f1():
    try:
        return "try"
    finally:
        print("f1 finally")
def f2():
    try:
        return "try"
    finally:
        return "finally"
def f3():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
def f4():
    try:
        raise ValueError("x")
    finally:
        return "swallowed"
def f5():
    x = []
    try:
        x.append(1)
        return x
    finally:
        x.append(2)
def f6():
    while True:
        try:
            break
        finally:
            print("f6 finally")
    return "after loop"
class CM:
    def __enter__(self):
        return "res"
    def __exit__(self, t, v, tb):
        print("exit with", t)
def f7():
    with CM() as r:
        return r
def f8():
    with CM():
        for i in range(5):
            if i == 2:
                return i
def f9():
    try:
        try:
            return 1
        finally:
            print("inner")
    finally:
        print("outer")
def f10():
    for i in range(3):
        with CM():
            try:
                if i == 1:
                    return "ret", i
            finally:
                print("tf", i)
def f11():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("f11 finally")
def f12():
    try:
        pass
    finally:
        for i in range(2):
            print("loop in finally", i)
    return "f12"
def f13():
    r = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
        except KeyError:
            r.append("caught")
            continue
        finally:
            r.append(i)
    return r
def f14():
    try:
        return "a"
    finally:
        try:
            raise ValueError
        except ValueError:
            print("handled in finally")
for f in (f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14):
    print(f.__name__, f())
