# An exception raised inside a generator shows the generator frame in the traceback.
def gen():
    yield 1
    yield 1 / 0
for v in gen():
    print(v)
