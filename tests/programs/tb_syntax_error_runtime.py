# SyntaxErrors raised while the program runs (exec, compile, import, raised by hand)
# are reported with their file, source line and carets, as CPython's printer does.
import traceback


def show(source):
    try:
        exec(source)
    except SyntaxError:
        traceback.print_exc()


show("a b")
show("if 1:\npass")
show("x = (1,\n  2 3)")
try:
    import mod_bad_syntax
except SyntaxError as e:
    print(e.filename.rsplit("/", 1)[-1], e.lineno, e.offset, e.msg)

try:
    raise SyntaxError("by hand", ("f.py", 3, 5, "  x = 1 +\n", 3, 8))
except SyntaxError as e:
    print(traceback.format_exception_only(type(e), e))

exec("x = (1,\n  2 3)")
