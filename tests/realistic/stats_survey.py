"""Summarise a small survey with the statistics module."""
import statistics as st
from collections import Counter

responses = {
    "north": [4, 5, 3, 4, 4, 2, 5, 5, 3, 4],
    "south": [2, 3, 3, 1, 2, 4, 3, 2, 2, 3, 5],
    "east": [5, 5, 4, 5, 4, 5, 3, 5],
    "west": [1, 2, 2, 3, 1, 2, 4, 2, 2],
}

print(f"{'region':<8}{'n':>3}{'mean':>8}{'median':>8}{'lo':>4}{'hi':>4}{'mode':>6}{'stdev':>8}{'pvar':>8}")
for region, scores in sorted(responses.items()):
    print(f"{region:<8}{len(scores):>3}{st.mean(scores):>8.3f}{st.median(scores):>8}"
          f"{st.median_low(scores):>4}{st.median_high(scores):>4}{st.mode(scores):>6}"
          f"{st.stdev(scores):>8.4f}{st.pvariance(scores):>8.4f}")

everything = [s for scores in responses.values() for s in scores]
print("overall mean:", st.mean(everything))
print("fmean:", round(st.fmean(everything), 6))
print("geometric mean: %.5f" % st.geometric_mean(everything))
print("harmonic mean: %.5f" % st.harmonic_mean(everything))
print("multimode:", st.multimode(everything))
print("quartiles:", st.quantiles(everything, n=4))
print("deciles (inclusive):", [round(q, 2) for q in st.quantiles(everything, n=10, method="inclusive")])
print("grouped median:", st.median_grouped(everything))
counts = Counter(everything)
for score in range(1, 6):
    bar = "#" * counts[score]
    print(f"  {score} | {bar:<15}| {counts[score]:2d} ({counts[score] / len(everything):6.1%})")

hours = [1.5, 2.0, 2.5, 3.0, 4.0, 4.5, 5.0, 6.0]
grades = [55, 60, 62, 70, 74, 80, 83, 90]
print("correlation: %.4f" % st.correlation(hours, grades))
print("covariance: %.4f" % st.covariance(hours, grades))
slope, intercept = st.linear_regression(hours, grades)
print(f"grade = {slope:.3f} * hours + {intercept:.3f}")
for h in (0, 3.5, 7):
    print(f"  predict({h}) = {slope * h + intercept:.1f}")

heights = st.NormalDist(mu=170, sigma=8)
print(heights)
print("P(h < 160) = %.4f" % heights.cdf(160))
print("P(165 < h < 180) = %.4f" % (heights.cdf(180) - heights.cdf(165)))
print("90th percentile: %.2f" % heights.inv_cdf(0.9))
combined = heights + st.NormalDist(5, 2)
print("shifted:", combined)
print("scaled:", heights * 2)
print("overlap: %.4f" % heights.overlap(st.NormalDist(175, 10)))
print("zscore of 186:", heights.zscore(186))
sample = st.NormalDist.from_samples([2.5, 3.1, 2.8, 3.3, 2.9])
print("from samples: mu=%.3f sigma=%.3f" % (sample.mean, sample.stdev))

try:
    st.mean([])
except st.StatisticsError as exc:
    print("StatisticsError:", exc)
try:
    st.stdev([4])
except st.StatisticsError as exc:
    print("StatisticsError:", exc)
from fractions import Fraction
from decimal import Decimal
print(st.mean([Fraction(1, 3), Fraction(1, 6), Fraction(1, 2)]))
print(st.median([Decimal("1.5"), Decimal("2.25"), Decimal("3.0"), Decimal("0.75")]))
print(st.variance([Fraction(1, 2), Fraction(3, 4), Fraction(5, 4)]))
