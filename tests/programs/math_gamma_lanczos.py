# math.gamma and math.lgamma to the last bit: CPython's own Lanczos sum, exact small
# factorials, the reflection formula for negative arguments, and its errors.
import math
import random

random.seed(1)
xs = [0.5, 1, 2, 3, 5.5, 10, 23, 24, 30.5, 99.9, 140.5, 171.5, 171.62, 0.001, 1e-21,
      -0.5, -1.5, -2.5, -3.7, -150.3, -180.5, -201.5, -1e-21, 2.5e-308, 1e-320, 200.5,
      float("inf"), float("-inf"), float("nan"), 0.0, -0.0, -1.0, -2.0, 1e10]
xs += [random.uniform(-50, 180) for _ in range(60)]
for x in xs:
    out = []
    for f in (math.gamma, math.lgamma):
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(f"{type(e).__name__}: {e}")
    print(x, *out)
print(math.gamma(True), math.lgamma(10**3))
