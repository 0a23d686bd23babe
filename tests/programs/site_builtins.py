# The objects CPython's site module puts into the builtins: exit and quit (Quitter
# objects that close standard input and raise SystemExit), help on a function, and
# copyright / credits / license as callables.
print(repr(exit), repr(quit), type(exit).__name__, type(help).__name__, repr(help))
print(callable(exit), callable(copyright), callable(credits), callable(license))
print('help' in dir(__builtins__), 'license' in dir(__builtins__), 'quit' in dir(__builtins__))
print(repr(license))


def scale(values, factor=2, *, clip=None):
    """Multiply every value.

    A clip of None keeps them all."""
    return [v * factor for v in values]


def undocumented(a, /, b):
    return a


help(scale)
help(undocumented)
try:
    exit(3)
except SystemExit as e:
    print("SystemExit", e.code)
try:
    quit()
except SystemExit as e:
    print("SystemExit", e.code)
exit("bye")
