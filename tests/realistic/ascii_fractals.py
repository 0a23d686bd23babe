"""ASCII fractals and curves: Mandelbrot and Julia sets with complex arithmetic, a
seeded Barnsley fern, Sierpinski via Pascal's triangle mod 2, a Hilbert curve walk,
and a plotted sine table with float formatting."""
import cmath
import math
import random
from fractions import Fraction

SHADES = " .:-=+*#%@"


def escape_time(c, z=0j, limit=40):
    for n in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return n
    return limit


def render(fn, x0, x1, y0, y1, w=64, h=22):
    rows = []
    for j in range(h):
        y = y1 - (y1 - y0) * j / (h - 1)
        row = []
        for i in range(w):
            x = x0 + (x1 - x0) * i / (w - 1)
            n = fn(complex(x, y))
            row.append(SHADES[min(n * len(SHADES) // 41, len(SHADES) - 1)])
        rows.append("".join(row).rstrip())
    return "\n".join(rows)


print(render(escape_time, -2.2, 0.8, -1.2, 1.2))
print()
print(render(lambda z: escape_time(complex(-0.8, 0.156), z), -1.6, 1.6, -1.0, 1.0, w=56, h=16))

rng = random.Random(2024)
W, H = 48, 24
grid = [[" "] * W for _ in range(H)]
x = y = 0.0
counts = [0, 0, 0, 0]
for _ in range(6000):
    r = rng.random()
    if r < 0.01:
        x, y, k = 0.0, 0.16 * y, 0
    elif r < 0.86:
        x, y, k = 0.85 * x + 0.04 * y, -0.04 * x + 0.85 * y + 1.6, 1
    elif r < 0.93:
        x, y, k = 0.2 * x - 0.26 * y, 0.23 * x + 0.22 * y + 1.6, 2
    else:
        x, y, k = -0.15 * x + 0.28 * y, 0.26 * x + 0.24 * y + 0.44, 3
    counts[k] += 1
    col = int((x + 2.75) / 5.5 * (W - 1))
    row = H - 1 - int(y / 10.0 * (H - 1))
    if 0 <= col < W and 0 <= row < H:
        grid[row][col] = "*"
print("\n".join("".join(r).rstrip() for r in grid))
print("transform counts:", counts, f"final point ({x:.6f}, {y:.6f})")

rows = 16
line = [1]
for n in range(rows):
    print(" " * (rows - n) + " ".join("▲" if v % 2 else " " for v in line))
    line = [a + b for a, b in zip([0] + line, line + [0])]


def hilbert_d2xy(order, d):
    x = y = 0
    s = 1
    t = d
    while s < order:
        rx = 1 & (t // 2)
        ry = 1 & (t ^ rx)
        if ry == 0:
            if rx == 1:
                x, y = s - 1 - x, s - 1 - y
            x, y = y, x
        x += s * rx
        y += s * ry
        t //= 4
        s *= 2
    return x, y


order = 8
canvas = [[" "] * (2 * order - 1) for _ in range(2 * order - 1)]
pts = [hilbert_d2xy(order, d) for d in range(order * order)]
for (ax, ay), (bx, by) in zip(pts, pts[1:]):
    canvas[2 * ay][2 * ax] = "+"
    canvas[ay + by][ax + bx] = "-" if ay == by else "|"
canvas[2 * pts[-1][1]][2 * pts[-1][0]] = "+"
print("\n".join("".join(r) for r in reversed(canvas)))

print(f"{'deg':>4} {'sin':>9} {'cos':>9} {'tan':>12}  plot")
for deg in range(0, 361, 30):
    rad = math.radians(deg)
    s, c = math.sin(rad), math.cos(rad)
    t = math.tan(rad) if abs(c) > 1e-12 else float("inf")
    bar = " " * 20
    pos = round((s + 1) * 10)
    bar = bar[:pos] + "o" + bar[pos + 1:]
    print(f"{deg:>4} {s:>9.5f} {c:>+9.5f} {t:>12.4g}  |{bar}|")
roots = [cmath.rect(1, 2 * math.pi * k / 5) for k in range(5)]
print([f"{z.real:+.3f}{z.imag:+.3f}j" for z in roots], f"{abs(sum(roots)):.2e}", cmath.phase(roots[2]))
print(Fraction(math.pi).limit_denominator(100), Fraction(math.e).limit_denominator(1000), [Fraction(1, n) for n in range(1, 6)][::2], sum(Fraction(1, 2**k) for k in range(20)))
