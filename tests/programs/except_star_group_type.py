try:
    raise ExceptionGroup("x", [ValueError()])
except* ExceptionGroup:
    pass
