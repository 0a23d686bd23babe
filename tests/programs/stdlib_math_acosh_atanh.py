import math
# math.acosh / math.atanh round as the C library does; their domain errors.
state = 7
for name, lo in [('acosh', 1.0), ('atanh', -1.0)]:
    out = []
    for i in range(3000):
        state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        u = state / (1 << 64)
        x = 1.0 + u * 10.0 ** ((i % 30) - 15) if name == 'acosh' else u * 2 - 1
        out.append(getattr(math, name)(x))
    print(name, out)
for f in (math.acosh, math.atanh, math.asinh):
    for x in (0.5, 1.0, -1.0, 2.0, float("inf"), float("-inf"), float("nan"), 0.0, -0.0, 1e-300, 1e300):
        try: print(f.__name__, x, f(x))
        except Exception as e: print(f.__name__, x, type(e).__name__, e)
