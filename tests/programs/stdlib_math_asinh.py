# math.asinh rounds as the C library does (fdlibm's algorithm), over many magnitudes.
import math
state = 7
out = []
for i in range(3000):
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    x = (state / (1 << 64) * 2 - 1) * 10.0 ** ((i % 40) - 20)
    out.append(math.asinh(x))
print(out)
