# input() reads sys.stdin and prompts on sys.stdout when a program replaced them.
import io
import sys

sys.stdin = io.StringIO("one\ntwo\r\nthree")
print(repr(input("p1> ")), repr(input()), repr(input(42)))
try:
    input("end? ")
except EOFError as e:
    print("EOF:", e)

cap = io.StringIO()
sys.stdout = cap
sys.stdin = io.StringIO("x\n")
v = input("captured prompt: ")
sys.stdout = sys.__stdout__
print(repr(cap.getvalue()), v)


class Lines:
    """Any object with readline() will do."""

    def __init__(self, *lines):
        self.lines = list(lines)

    def readline(self):
        return self.lines.pop(0) if self.lines else ""


sys.stdin = Lines("first\n", "second")
print(input(), input())


class Numbers:
    def readline(self):
        return 7


sys.stdin = Lines(b"raw\n", b"")
print(repr(input()))
try:
    input()
except EOFError as e:
    print("EOF:", e)
sys.stdin = Numbers()
try:
    input()
except TypeError as e:
    print("TypeError:", e)


class FailingFlush:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        raise OSError("cannot flush")


out = FailingFlush()
sys.stdout = out
sys.stdin = io.StringIO("z\n")
r = input("q? ")
sys.stdout = sys.__stdout__
print(r, out.parts)

sys.stdin = None
try:
    input()
except RuntimeError as e:
    print("RuntimeError:", e)
sys.stdin = io.StringIO("y\n")
err = io.StringIO()
sys.stdout = None
try:
    input()
except RuntimeError as e:
    err.write(str(e))
sys.stdout = sys.__stdout__
print("RuntimeError:", err.getvalue())
