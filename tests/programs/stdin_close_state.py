# Closing standard input is remembered: `closed` says so and reads are refused with
# CPython's ValueError, while standard output carries on.
import sys

print(sys.stdin.closed, sys.stdin.name, sys.stdin.mode)
sys.stdin.close()
print(sys.stdin.closed)
sys.stdin.close()  # closing again is harmless
for name in ("read", "readline", "readlines"):
    try:
        getattr(sys.stdin, name)()
    except ValueError as e:
        print(name, "ValueError", e)
try:
    for line in sys.stdin:
        print(line)
except ValueError as e:
    print("iteration ValueError", e)
print(sys.stdout.closed, sys.stderr.closed)
