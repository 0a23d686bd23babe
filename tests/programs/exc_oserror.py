# OSError's errno mapping and fields, ImportError's name/path, keyword rules of exception constructors.
for args in ((2, "No such file"), (2, "No such file", "x.txt"), (13, "Denied"), (17, "Exists", "a", None, "b"), ("just a message",), (), (99, "weird"), (1, 2, 3, 4, 5, 6)):
    e = OSError(*args)
    print(type(e).__name__, repr(e), str(e), e.args, e.errno, e.strerror, e.filename)
try:
    raise FileNotFoundError(2, "gone", "f.txt")
except OSError as e:
    print(type(e).__name__, e, e.errno, isinstance(e, FileNotFoundError))
print(IOError is OSError, EnvironmentError is OSError, issubclass(BrokenPipeError, ConnectionError), TimeoutError(110, "t").errno)
class MyOS(OSError):
    pass
m = MyOS(2, "custom")
print(type(m).__name__, m, m.errno)
ie = ImportError("msg", name="mod", path="/p")
print(ie, ie.name, ie.path, ie.msg, ImportError("x").name, repr(ImportError("y", name="n")))
try:
    ImportError("x", bogus=1)
except TypeError as e:
    print(e)
try:
    ValueError("x", code=1)
except TypeError as e:
    print(e)
try:
    import mod_nowhere_to_be_found
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
