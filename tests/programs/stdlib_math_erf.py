import math
vals = [0.0, -0.0, 0.5, -0.5, 1e-300, 2.5, -2.5, 3.0, 5.9, 6.0, 10.0, 26.0, 27.5, -30.0, 1e-10, 0.84375, 1.25, 2.857, float('inf'), float('-inf')]
for v in vals:
    print(v, repr(math.erf(v)), repr(math.erfc(v)))
print(math.isnan(math.erf(float('nan'))), math.isnan(math.erfc(float('nan'))))
import random
r = random.Random(7)
for _ in range(200):
    x = r.uniform(-8, 8)
    print(repr(math.erf(x)), repr(math.erfc(x)))
