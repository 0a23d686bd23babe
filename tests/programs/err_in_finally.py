# An exception raised in a finally block chains to the one in flight.
def f():
    try:
        raise KeyError("first")
    finally:
        raise ValueError("second")
f()
