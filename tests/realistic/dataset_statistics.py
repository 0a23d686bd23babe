"""Descriptive statistics over a small embedded dataset."""
import math
import statistics as st
from collections import defaultdict
from fractions import Fraction
from decimal import Decimal

DATA = """\
city,month,temp_c,rain_mm,visitors
Oslo,Jan,-4.3,49,1200
Oslo,Apr,4.5,41,2100
Oslo,Jul,16.6,81,5400
Oslo,Oct,6.3,84,2300
Rome,Jan,7.5,67,8800
Rome,Apr,14.4,65,12500
Rome,Jul,24.9,19,21000
Rome,Oct,17.9,113,13400
Cairo,Jan,14.0,5,9100
Cairo,Apr,21.4,1,10200
Cairo,Jul,28.0,0,7600
Cairo,Oct,24.1,1,9900
Lima,Jan,22.7,1,4100
Lima,Apr,20.7,0,3900
Lima,Jul,16.6,1,3300
Lima,Oct,17.0,1,3700
"""


def load(text):
    lines = text.strip().splitlines()
    header = lines[0].split(",")
    rows = []
    for line in lines[1:]:
        values = line.split(",")
        row = dict(zip(header, values))
        row["temp_c"] = float(row["temp_c"])
        row["rain_mm"] = int(row["rain_mm"])
        row["visitors"] = int(row["visitors"])
        rows.append(row)
    return rows


rows = load(DATA)
temps = [r["temp_c"] for r in rows]
rain = [r["rain_mm"] for r in rows]
visitors = [r["visitors"] for r in rows]

print(f"n={len(rows)}")
print(f"temp  mean={st.mean(temps):.3f} median={st.median(temps)} stdev={st.stdev(temps):.4f} "
      f"pstdev={st.pstdev(temps):.4f} var={st.variance(temps):.4f}")
print(f"rain  mean={st.mean(rain)} median={st.median(rain)} mode={st.mode(rain)} "
      f"multimode={st.multimode(rain)} median_low={st.median_low(rain)} median_high={st.median_high(rain)}")
print(f"visitors fmean={st.fmean(visitors):.2f} geometric_mean={st.geometric_mean(visitors):.2f} "
      f"harmonic_mean={st.harmonic_mean(visitors):.2f}")
print("quartiles temp:", [round(q, 3) for q in st.quantiles(temps, n=4)])
print("deciles visitors:", [round(q, 1) for q in st.quantiles(visitors, n=10, method="inclusive")])
print("median_grouped:", st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 5]))

by_city = defaultdict(list)
for r in rows:
    by_city[r["city"]].append(r)
print(f"\n{'city':<6}{'mean°C':>8}{'range':>7}{'stdev':>8}{'rain':>6}{'visitors':>10}")
for city in sorted(by_city):
    t = [r["temp_c"] for r in by_city[city]]
    print(f"{city:<6}{st.mean(t):>8.2f}{max(t) - min(t):>7.1f}{st.stdev(t):>8.3f}"
          f"{sum(r['rain_mm'] for r in by_city[city]):>6}{sum(r['visitors'] for r in by_city[city]):>10,}")

corr = st.correlation(temps, visitors)
slope, intercept = st.linear_regression(temps, visitors)
print(f"\ncorrelation(temp, visitors) = {corr:.4f}")
print(f"visitors ≈ {slope:.2f} * temp + {intercept:.2f}")
print(f"covariance = {st.covariance(temps, rain):.4f}")
for t in (0, 15, 30):
    print(f"  predicted visitors at {t}°C: {slope * t + intercept:,.0f}")

nd = st.NormalDist.from_samples(temps)
print(f"\nNormalDist mu={nd.mean:.4f} sigma={nd.stdev:.4f}")
print(f"P(temp < 0) = {nd.cdf(0):.4f}; P(10<temp<20) = {nd.cdf(20) - nd.cdf(10):.4f}")
print(f"90th percentile = {nd.inv_cdf(0.9):.3f}; pdf(15) = {nd.pdf(15):.5f}")
iq = st.NormalDist(100, 15)
print(f"IQ: overlap with N(110,15) = {iq.overlap(st.NormalDist(110, 15)):.4f}, z(130) = {iq.zscore(130):.2f}")
print("quantiles of IQ:", [round(x, 2) for x in iq.quantiles(4)])
print((iq + st.NormalDist(0, 5)).stdev, (iq * 2).mean, iq == st.NormalDist(100, 15))

print("\nexact types:", st.mean([Fraction(1, 3), Fraction(1, 6)]), st.mean([Decimal("1.1"), Decimal("2.2")]),
      st.median([Fraction(1, 2), Fraction(3, 4), Fraction(1, 4)]), st.variance([1, 2, 3, 4]))
print(st.mean([1, 2, 3, 4]), type(st.mean([1, 2, 3, 4])).__name__, st.mean([1.5, 2.5]), st.median([5, 1, 3, 2]))
for bad in (lambda: st.mean([]), lambda: st.stdev([1]), lambda: st.harmonic_mean([-1, 2]),
            lambda: st.correlation([1, 1, 1], [1, 2, 3])):
    try:
        bad()
    except st.StatisticsError as e:
        print("StatisticsError:", e)

z = [(x - st.mean(temps)) / st.stdev(temps) for x in temps]
outliers = [rows[i]["city"] + "/" + rows[i]["month"] for i, v in enumerate(z) if abs(v) > 1.5]
print("z-score outliers:", outliers, "sum(z)≈0:", math.isclose(sum(z), 0, abs_tol=1e-9))
hist = defaultdict(int)
for t in temps:
    hist[int(t // 10) * 10] += 1
for lo in sorted(hist):
    print(f"  [{lo:>3},{lo + 10:>3}) {'■' * hist[lo]}")
print(round(math.fsum(temps), 10), math.prod([1.5, 2, 4]), math.dist((0, 0), (3, 4)), math.comb(16, 4), math.perm(5, 2))
