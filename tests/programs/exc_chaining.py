# Exception context and cause: implicit chaining, raise from, from None, suppress_context.
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise TypeError("during handling")
except TypeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    try:
        [][1]
    except IndexError:
        raise RuntimeError("hidden") from None
except RuntimeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
def f():
    try:
        raise KeyError("a")
    finally:
        pass
try:
    f()
except KeyError as e:
    print("context none:", e.__context__)
try:
    try:
        raise ValueError(1)
    except ValueError as outer:
        try:
            raise TypeError(2)
        except TypeError as inner:
            print("inner context is outer:", inner.__context__ is outer)
        raise KeyError(3)
except KeyError as e:
    print("after nested handler:", repr(e.__context__))
try:
    raise ValueError("v") from KeyError("k")
except ValueError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise ValueError("cls cause") from KeyError
except ValueError as e:
    print(repr(e.__cause__))
err = None
try:
    try:
        raise ValueError("same")
    except ValueError as e:
        err = e
        raise e
except ValueError as e2:
    print(e2 is err, e2.__context__)
def gen():
    try:
        yield 1
    except GeneratorExit:
        print("gen exit")
        raise
g = gen()
next(g)
g.close()
try:
    try:
        raise ValueError("a")
    except ValueError as e:
        e.__suppress_context__ = False
        raise KeyError("b")
except KeyError as ke:
    print(repr(ke.__context__))
e = ValueError()
e.__cause__ = KeyError("set manually")
print(e.__suppress_context__, repr(e.__cause__))
