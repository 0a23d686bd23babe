# Uncaught RecursionError: CPython compresses the repeated traceback lines.
def f(n):
    return f(n + 1)
f(0)
