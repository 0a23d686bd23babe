"""Plain-text charts for a small dataset: horizontal bars, a vertical
histogram, sparklines and a scatter plot, with aligned number formatting."""
import math
import statistics

SALES = {"Jan": 1200.5, "Feb": 980.0, "Mar": 1575.25, "Apr": 1420.0, "May": 1890.75,
         "Jun": 2105.0, "Jul": 1760.4, "Aug": 1302.0, "Sep": 1655.9, "Oct": 1999.99,
         "Nov": 2400.0, "Dec": 3120.45}
BLOCKS = " ▁▂▃▄▅▆▇█"


def hbar(data, width=40):
    top = max(data.values())
    label_w = max(map(len, data))
    lines = []
    for label, value in data.items():
        full, frac = divmod(value / top * width, 1)
        bar = "█" * int(full) + (BLOCKS[int(frac * 8)] if frac > 0 else "")
        lines.append(f"{label:>{label_w}} │{bar:<{width + 1}}│ {value:>9,.2f}")
    return "\n".join(lines)


def histogram(values, bins=6, height=8):
    lo, hi = min(values), max(values)
    step = (hi - lo) / bins
    counts = [0] * bins
    for v in values:
        counts[min(int((v - lo) / step), bins - 1)] += 1
    peak = max(counts)
    rows = []
    for level in range(height, 0, -1):
        row = "".join(" ██ " if c / peak * height >= level else "    " for c in counts)
        rows.append(f"{level * peak / height:5.1f} ┤{row}")
    rows.append("      └" + "────" * bins)
    rows.append("       " + "".join(f"{lo + i * step:<4.0f}"[:4] for i in range(bins)))
    return "\n".join(rows)


def sparkline(values):
    lo, hi = min(values), max(values)
    span = hi - lo or 1
    return "".join(BLOCKS[1 + round((v - lo) / span * 7)] for v in values)


def scatter(points, w=30, h=10):
    xs, ys = zip(*points)
    grid = [[" "] * w for _ in range(h)]
    for x, y in points:
        col = round((x - min(xs)) / (max(xs) - min(xs)) * (w - 1))
        row = round((y - min(ys)) / (max(ys) - min(ys)) * (h - 1))
        cell = grid[h - 1 - row][col]
        grid[h - 1 - row][col] = "●" if cell == " " else "◉"
    return "\n".join("│" + "".join(r) for r in grid) + "\n└" + "─" * w


if __name__ == "__main__":
    print(hbar(SALES))
    print()
    values = list(SALES.values())
    print(histogram(values))
    print()
    print("sales ", sparkline(values))
    print("sine  ", sparkline([math.sin(i / 3) for i in range(40)]))
    print("flat  ", sparkline([5, 5, 5]))
    print()
    pts = [(i, (i * 37 % 23) + i / 2) for i in range(25)]
    print(scatter(pts))
    mean = statistics.fmean(values)
    print(f"mean {mean:,.3f}  median {statistics.median(values):,}  "
          f"stdev {statistics.stdev(values):.4f}  q {statistics.quantiles(values, n=4)}")
    print(f"{'month':<6}{'sales':>10}{'share':>8}{'vs mean':>9}")
    total = sum(values)
    for m, v in SALES.items():
        print(f"{m:<6}{v:>10.1f}{v / total:>8.1%}{v - mean:>+9.0f}")
    print(f"{total:=^20,.1f}|{-0.0:+.2f}|{1e-7:g}|{123456789:_x}|{0.5:%}|{7:#b}")
