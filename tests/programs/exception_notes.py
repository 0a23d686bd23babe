e = ValueError("x")
try:
    e.add_note(5)
except TypeError as ex:
    print(ex)
e.add_note("first")
e.add_note("second\nline")
print(e.__notes__)
try:
    e.add_note()
except TypeError as ex:
    print(ex)
e2 = KeyError(1)
e2.__notes__ = "notalist"
try:
    e2.add_note("x")
except TypeError as ex:
    print(ex)
e3 = OSError(2, "no")
e3.add_note("os note")
print(e3.__notes__, hasattr(ValueError(), "__notes__"))
print('__notes__' in dir(e), 'add_note' in dir(e))
import traceback
print("".join(traceback.format_exception(e)), end="")
print("".join(traceback.format_exception_only(type(e), e)), end="")
try:
    try:
        raise e
    except ValueError as x:
        x.add_note("during")
        raise RuntimeError("outer") from x
except RuntimeError as r:
    r.add_note("outer note")
    # Frames name the script by the path it was run with: keep only its name.
    text = "".join(traceback.format_exception(r))
    print(text.replace(__file__, __file__.rsplit("/", 1)[-1]), end="")
e4 = ValueError("tuple notes")
e4.__notes__ = ("t1", 5)
print("".join(traceback.format_exception(e4)), end="")
e4.__notes__ = 42
print("".join(traceback.format_exception(e4)), end="")
class MyList(list):
    pass
e5 = ValueError("sub")
e5.__notes__ = MyList()
e5.add_note("in subclass list")
print(type(e5.__notes__).__name__, e5.__notes__)
class E(Exception):
    pass
err = E("custom")
err.add_note("a note")
err.__notes__.append(42)
raise err
