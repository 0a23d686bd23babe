# bytes() and bytearray() of ints out of range(0, 256), however large: ValueError with
# each type's message, as CPython.
cases = [
    lambda: bytes([2**70]),
    lambda: bytes([-1]),
    lambda: bytes([256]),
    lambda: bytes([-(2**70)]),
    lambda: bytes(x for x in [1, 2**64]),
    lambda: bytearray([2**70]),
    lambda: bytearray([1, -(2**100)]),
    lambda: bytes([1.5]),
    lambda: bytearray(b"a").append(2**70),
    lambda: bytearray(b"a").extend([2**70]),
]
for make in cases:
    try:
        print(make())
    except Exception as e:
        print(type(e).__name__, e)
print(bytes([0, 255]), bytearray(iter([7, 8])))
