def inner():
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])

def middle():
    try:
        inner()
    except* ValueError:
        raise RuntimeError("handler failed")
    except* TypeError:
        raise

middle()
