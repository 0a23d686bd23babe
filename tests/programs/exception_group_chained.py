try:
    try:
        raise ExceptionGroup("a", [ValueError(1)])
    except ExceptionGroup as e:
        raise ExceptionGroup("b", [TypeError(2)]) from e
except ExceptionGroup as outer:
    raise ExceptionGroup("c", [outer, KeyError(1)])
