"""Daily sensor statistics with statistics, decimal and fractions."""
import statistics as st
from decimal import Decimal, getcontext, localcontext, InvalidOperation, DivisionByZero, ROUND_DOWN, ROUND_HALF_EVEN, Context, Inexact
from fractions import Fraction
from itertools import pairwise, accumulate, islice, starmap
from operator import itemgetter, attrgetter, mul
from collections import namedtuple, deque
import math

Reading = namedtuple("Reading", ["sensor", "hour", "value"])
RAW = """t1 0 21.5
t1 1 21.7
t1 2 22.4
t1 3 23.9
t1 4 25.0
t2 0 19.0
t2 1 19.4
t2 2 18.8
t2 3 19.9
t2 4 20.3
t3 0 30.1
t3 1 29.8
t3 2 31.0
t3 3 30.6
t3 4 35.2"""
readings = [Reading(s, int(h), float(v)) for s, h, v in (line.split() for line in RAW.splitlines())]

by_sensor = {}
for r in readings:
    by_sensor.setdefault(r.sensor, []).append(r.value)

print(f"{'sensor':<7}{'mean':>8}{'median':>8}{'stdev':>8}{'pvar':>8}{'range':>7}")
for name, vals in sorted(by_sensor.items()):
    print(f"{name:<7}{st.mean(vals):>8.3f}{st.median(vals):>8.2f}{st.stdev(vals):>8.4f}"
          f"{st.pvariance(vals):>8.4f}{max(vals) - min(vals):>7.1f}")

allv = [r.value for r in readings]
print(st.quantiles(allv, n=4), st.quantiles(allv, n=10, method="inclusive")[:3])
print(st.median_low(allv), st.median_high(allv), st.mode([round(v) for v in allv]))
print(st.multimode("aabbbcccd"), st.fmean([1, 2, 3, 4.5]), st.geometric_mean([1, 4, 16]))
print(round(st.harmonic_mean([40, 60]), 6), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
hours = [r.hour for r in readings if r.sensor == "t1"]
print(st.correlation(hours, by_sensor["t1"]), st.covariance(hours, by_sensor["t1"]))
slope, intercept = st.linear_regression(hours, by_sensor["t1"])
print(f"t1 trend: {slope:+.3f}/h from {intercept:.3f}")
nd = st.NormalDist.from_samples(by_sensor["t3"])
print(nd, round(nd.cdf(32), 6), round(nd.inv_cdf(0.9), 4), nd.zscore(35.2))
z = st.NormalDist(0, 1)
print(z.pdf(0), [round(z.inv_cdf(p), 4) for p in (0.025, 0.5, 0.975)], z.overlap(st.NormalDist(1, 1)))
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)

print(list(pairwise("abcd")), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], initial=100)))
deltas = [round(b - a, 2) for a, b in pairwise(by_sensor["t3"])]
print(deltas, max(enumerate(deltas), key=itemgetter(1)))
print(sorted(readings, key=attrgetter("value"))[-1], list(islice(starmap(mul, zip(hours, hours)), 3)))
window = deque(maxlen=3)
moving = []
for v in by_sensor["t1"]:
    window.append(v)
    moving.append(round(sum(window) / len(window), 3))
print(moving)

getcontext().prec = 10
price = Decimal("19.99")
qty = Decimal(3)
print(price * qty, price / qty, (price / qty).quantize(Decimal("0.01")), Decimal(1) / Decimal(7))
with localcontext() as ctx:
    ctx.prec = 40
    print(Decimal(2).sqrt(), Decimal(1).exp())
    ctx.rounding = ROUND_DOWN
    print(Decimal("2.675").quantize(Decimal("0.01")), Decimal(10).ln())
print(Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN), Decimal("1e3").normalize(), Decimal("0.000").normalize())
print(Decimal("-7.5").to_integral_value(), round(Decimal("7.5")), Decimal("3.14159").as_tuple())
print(Decimal(0.1), Decimal("1.30") + Decimal("1.20"), Decimal("NaN").is_nan(), Decimal("-0").is_signed())
strict = Context(prec=5, traps=[Inexact, DivisionByZero])
for a, b in ((1, 4), (1, 3), (1, 0)):
    try:
        print(strict.divide(Decimal(a), Decimal(b)))
    except (Inexact, DivisionByZero) as e:
        print(type(e).__name__, "for", a, "/", b)
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation", type(e).__mro__[1].__name__)
print(sum(map(Decimal, ["0.1", "0.2", "0.3"])), sum([0.1, 0.2, 0.3]), math.fsum([0.1, 0.2, 0.3]))

f = sum(Fraction(1, n) for n in range(1, 8))
print(f, float(f), f.limit_denominator(10), Fraction("3.1415926").limit_denominator(1000))
print(Fraction(3, 4) ** 2, Fraction(-7, 3) // 1, Fraction(7, 3) % 1, round(Fraction(5, 2)), Fraction(1.5))
print(Fraction(2, 3) < 0.67, Fraction(1, 3) == 1 / 3, Fraction("22/7").as_integer_ratio(), f"{Fraction(1, 3)!s:>8}")
