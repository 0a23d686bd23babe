def show(e, indent=0):
    print(" " * indent + repr(e), type(e).__name__)
    if isinstance(e, BaseExceptionGroup):
        for s in e.exceptions:
            show(s, indent + 2)

try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
except* ValueError as e:
    print("V:", repr(e))
except* TypeError as e:
    print("T:", repr(e))
except* OSError:
    print("O")
print("after")

try:
    raise ValueError("naked")
except* ValueError as e:
    print("caught naked:", repr(e), repr(e.exceptions[0]))

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("only V")
except ExceptionGroup as e:
    print("rest:", repr(e))

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
except ExceptionGroup as e:
    show(e)
    print(repr(e.exceptions[0].__context__))

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("in", [ValueError(3), KeyError(4)])])
    except* ValueError:
        raise
except ExceptionGroup as e:
    show(e)

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* (ValueError, TypeError) as e:
        print("both", repr(e))
        raise
except ExceptionGroup as e:
    show(e)

try:
    try:
        raise TypeError("t")
    except* ValueError:
        print("no")
except TypeError as e:
    print("naked rest", repr(e))

try:
    try:
        raise ValueError("v")
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("naked reraise", repr(e))
except ValueError as e:
    print("naked reraise plain", repr(e))

