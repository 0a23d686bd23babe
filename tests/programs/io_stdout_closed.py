# Writing to sys.stdout after sys.stdout.close(): ValueError, as CPython; what was
# printed before the close is written out by it.
import sys

print("before close")
sys.stdout.close()
print(sys.stdout.closed, file=sys.stderr)
for write in (lambda: print("x"), lambda: sys.stdout.write("x"), sys.stdout.flush,
              lambda: sys.stdout.buffer.write(b"x"), lambda: input("prompt")):
    try:
        write()
    except ValueError as e:
        print("ValueError:", e, file=sys.stderr)
sys.stdout.close()  # closing again is allowed
print("after close")
