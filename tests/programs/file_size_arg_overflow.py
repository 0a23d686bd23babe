# Reading with a size too large for a C ssize_t: OverflowError, with the message of
# each reader's argument conversion.
import io

readers = [
    lambda: open("/dev/null").read(2**70),
    lambda: open("/dev/null").readline(2**70),
    lambda: open("/dev/null", "rb").read(2**70),
    lambda: open("/dev/null", "rb").readline(2**70),
    lambda: io.BytesIO(b"").read(2**70),
    lambda: io.StringIO("").readline(2**70),
    lambda: open("/dev/null").readline(-(2**70)),
]
for read in readers:
    try:
        print(repr(read()))
    except Exception as e:
        print(type(e).__name__, e)
print(repr(open("/dev/null").readline(5)), repr(open("/dev/null").readline(-1)))
