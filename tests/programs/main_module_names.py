# The __main__ module starts with CPython's names, in CPython's order.
print(list(globals()))
print(__package__, __spec__, __cached__, __annotations__, __name__, __doc__)
x: int = 5
print(__annotations__, dir())
