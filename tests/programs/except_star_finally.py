# except* with else and finally; exceptions leaving the statement.
import sys


def run(exc):
    try:
        try:
            if exc is not None:
                raise exc
        except* ValueError as e:
            print("  V", repr(e))
        except* TypeError as e:
            print("  T", repr(e))
            raise KeyError("from T")
        else:
            print("  else")
        finally:
            print("  finally", sys.exc_info()[0])
    except BaseException as e:
        print("  escaped", repr(e))
    print("  after", sys.exc_info())


for exc in (None, ValueError(1), TypeError(2), OSError(3),
            ExceptionGroup("g", [ValueError(1), TypeError(2)]),
            ExceptionGroup("h", [ValueError(1), OSError(2)]),
            BaseExceptionGroup("b", [ValueError(1), KeyboardInterrupt()])):
    print(repr(exc))
    run(exc)


def gen():
    try:
        yield 1
        raise ExceptionGroup("in gen", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        yield repr(e)
    except* TypeError as e:
        yield repr(e)
    yield "end"


print(list(gen()))


def in_function():
    for i in range(3):
        try:
            raise ValueError(i)
        except* ValueError:
            pass
        finally:
            if i == 1:
                return "returned from finally"
    return "not reached"


print(in_function())
