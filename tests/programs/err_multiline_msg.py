# Exception messages with newlines, empty messages and non-string arguments.
class Problem(Exception):
    pass
try:
    raise Problem()
except Problem as e:
    print(repr(str(e)))
raise Problem("first line\nsecond line", 42)
