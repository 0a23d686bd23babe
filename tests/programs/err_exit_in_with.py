# An exception inside a with block propagates after __exit__ runs; nested exception in except.
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("exit ran")
try:
    raise ValueError("first")
except ValueError:
    with CM():
        [][0]
