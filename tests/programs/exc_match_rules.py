# What an except clause accepts: classes and flat tuples of classes; nested tuples and
# non-exception classes are a TypeError at match time. isinstance accepts nesting.
def attempt(spec):
    try:
        try:
            raise ValueError("v")
        except spec:
            return "caught"
    except TypeError as e:
        return "TypeError: " + str(e)
    except ValueError:
        return "not caught"
print(attempt(ValueError), attempt((KeyError, ValueError)), attempt(KeyError), attempt(()))
print(attempt((KeyError, (ValueError,))), attempt(int), attempt((ValueError, int)), attempt((int, ValueError)))
print(isinstance(1, (str, (float, (int,)))), issubclass(bool, ((str,), int)), isinstance("x", ()))
spec = int
for _ in range(5000):
    spec = (spec,)
try:
    isinstance(1, spec)
except RecursionError as e:
    print("RecursionError", e)
try:
    issubclass(int, spec)
except RecursionError as e:
    print("RecursionError", e)
try:
    isinstance(1, [int])
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(int, 3)
except TypeError as e:
    print("TypeError", e)
class NotExc:
    pass
try:
    try:
        raise NotExc
    except Exception:
        pass
except TypeError as e:
    print("TypeError", e)
try:
    raise ValueError from NotExc()
except TypeError as e:
    print("TypeError", e)
