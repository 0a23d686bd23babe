print(2**-25, [2**-25], 2**-24*3, 1e23, 9007199254740993.0, 5e-324)
import struct, random
random.seed(3)
for i in range(2000):
    x = struct.unpack("<d", random.getrandbits(64).to_bytes(8, "little"))[0]
    print(repr(x))
