import sys
def raiser():
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])

def a():
    try:
        raiser()
    except* ValueError as e:
        print("a: V", repr(e), sys.exc_info()[1] is e)
        raise RuntimeError("from handler")
    except* TypeError:
        print("a: T")
        raise

def b():
    try:
        a()
    except* KeyError as e:
        print("b: K", repr(e))
    except* RuntimeError as e:
        print("b: R", repr(e), repr(e.exceptions[0].__context__))
        print(e.exceptions[0].__context__.__traceback__ is not None)

try:
    b()
except BaseException as e:
    print("top", repr(e))
    import traceback
    print(traceback.format_exception(e) is not None)

# else / finally
for exc in (None, ValueError("x"), ExceptionGroup("g", [TypeError()])):
    try:
        try:
            if exc is not None:
                raise exc
        except* ValueError:
            print("V handler")
        else:
            print("else")
        finally:
            print("finally")
    except Exception as e:
        print("escaped", repr(e))

# unmatched group keeps identity when nothing matches?
g = ExceptionGroup("g", [TypeError(1)])
try:
    try:
        raise g
    except* ValueError:
        pass
except ExceptionGroup as e:
    print(e is g)

# partially matched: rest is new object derived
g = ExceptionGroup("g", [TypeError(1), ValueError(2)])
try:
    try:
        raise g
    except* ValueError:
        pass
except ExceptionGroup as e:
    print(e is g, repr(e), e.__traceback__ is not None)

# nested except* in handler
try:
    raise ExceptionGroup("o", [ValueError(1)])
except* ValueError as e:
    try:
        raise ExceptionGroup("i", [KeyError(1)])
    except* KeyError as f:
        print("nested", repr(e), repr(f))
    print(sys.exc_info()[1] is e)
print(sys.exc_info())

# except* with generator/loop inside fine
for i in range(2):
    try:
        raise ValueError(i)
    except* ValueError as e:
        for j in range(3):
            if j == 1:
                break
        print("loop", i, repr(e))

# name cleared
try:
    raise ValueError(9)
except* ValueError as err:
    pass
try:
    err
except NameError as n:
    print(n)

# predicate split types
def f():
    try:
        raise ExceptionGroup("m", [OSError(1), ExceptionGroup("n", [OSError(2), ValueError(3)])])
    except* OSError as e:
        print("os", repr(e))
        raise ValueError(4)
try:
    f()
except ExceptionGroup as e:
    print(repr(e))
    print([repr(x.__context__) for x in e.exceptions])

# raise in two handlers
try:
    try:
        raise ExceptionGroup("m", [OSError(1), ValueError(3), KeyError(5)])
    except* OSError as e:
        raise IndexError(1)
    except* ValueError as e:
        raise IndexError(2)
except ExceptionGroup as e:
    print(repr(e))

# raise e (not bare) in handler
try:
    try:
        raise ExceptionGroup("m", [OSError(1), ValueError(3)])
    except* OSError as e:
        raise e
except ExceptionGroup as e:
    print(repr(e))
try:
    try:
        raise ValueError(3)
    except* ValueError as e:
        raise TypeError(4)
except Exception as e:
    print(repr(e), repr(e.__context__))
