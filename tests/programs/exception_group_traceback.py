def f():
    raise ValueError("in f\nsecond line")
def g():
    try:
        f()
    except ValueError as e:
        raise TypeError("from g") from e
excs = []
for fn in (f, g):
    try:
        fn()
    except Exception as e:
        excs.append(e)
e1 = KeyError("k")
e1.add_note("note A\nnote A2")
excs.append(e1)
inner = ExceptionGroup("inner", [OSError(2, "x"), ZeroDivisionError()])
try:
    raise inner
except ExceptionGroup as e:
    excs.append(e)
try:
    1/0
except ZeroDivisionError:
    eg = ExceptionGroup("outer", excs)
    eg.add_note("group note")
    raise eg
