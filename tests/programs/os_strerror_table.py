# os.strerror for every Linux errno (and a few that are not), and the message an
# OSError raised by the interpreter carries for errno values file operations rarely meet.
import os

for code in range(-2, 140):
    print(code, os.strerror(code))

for code in (3, 6, 11, 25, 29):
    try:
        raise OSError(code, os.strerror(code))
    except OSError as e:
        print(type(e).__name__, e)

try:
    os.lseek(os.pipe()[0], 0, 0)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.strerror(2**31)
except OverflowError as e:
    print("OverflowError", e)
