# except* clause types are checked when the clause is reached.
for t in (ExceptionGroup, BaseExceptionGroup, (ValueError, ExceptionGroup), int, (ValueError, 1)):
    try:
        try:
            raise ValueError("v")
        except* t:
            print("caught")
    except TypeError as e:
        print(type(e).__name__, e)
        print(" context:", repr(e.__context__))


class MyEG(ExceptionGroup):
    pass


try:
    try:
        raise ValueError(1)
    except* MyEG:
        pass
except TypeError as e:
    print(e)

# A clause type expression is evaluated only while something is left to match.
def typ(name, t):
    print("evaluating", name)
    return t


try:
    raise ExceptionGroup("g", [ValueError(1)])
except* typ("first", ValueError):
    print("first ran")
except* typ("second", TypeError):
    print("second ran")
