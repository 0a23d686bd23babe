"""Descriptive statistics of exam scores with the statistics module."""
import statistics as st
from statistics import mean, median, mode, stdev, pstdev, variance, quantiles, StatisticsError
import random
from collections import Counter

random.seed(2024)
classes = {
    name: [round(random.gauss(mu, sigma)) for _ in range(n)]
    for name, mu, sigma, n in [("math", 72, 12, 25), ("physics", 65, 15, 18), ("art", 85, 5, 12)]
}
for name, scores in classes.items():
    scores = [max(0, min(100, s)) for s in scores]
    classes[name] = scores
    print(f"{name:>8}: n={len(scores):2d} mean={mean(scores):6.2f} median={median(scores):5.1f} "
          f"stdev={stdev(scores):6.3f} pstdev={pstdev(scores):6.3f} range={min(scores)}-{max(scores)}")
    print(f"          quartiles={quantiles(scores, n=4)} deciles[0]={quantiles(scores, n=10)[0]:.1f}")

all_scores = [s for v in classes.values() for s in v]
print("overall mean", mean(all_scores), "fmean", round(st.fmean(all_scores), 6))
print("median_low/high", st.median_low(all_scores), st.median_high(all_scores), st.median_grouped(all_scores))
print("mode", mode(all_scores), "multimode", sorted(st.multimode(all_scores)))
print("geometric", round(st.geometric_mean([s for s in all_scores if s > 0]), 6), "harmonic", round(st.harmonic_mean([1, 2, 4]), 6))
print("variance", variance([1, 2, 3, 4, 5, 6]), st.pvariance([1, 2, 3, 4]), variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))


def grade(score):
    for cutoff, letter in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if score >= cutoff:
            return letter
    return "F"


dist = Counter(grade(s) for s in all_scores)
for letter in "ABCDF":
    n = dist.get(letter, 0)
    print(f"{letter}: {'*' * n:<30} {n:3d} ({n / len(all_scores):.0%})")

for bad in ([], [1]):
    for fn in (mean, stdev, mode):
        try:
            fn(bad)
        except StatisticsError as e:
            print(f"{fn.__name__}({bad}) -> StatisticsError: {e}")
x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
y = [2.1, 3.9, 6.2, 7.8, 10.1, 12.2, 13.8, 16.1, 18.0, 20.2]
print("correlation", round(st.correlation(x, y), 6), "covariance", round(st.covariance(x, y), 6))
slope, intercept = st.linear_regression(x, y)
print(f"y = {slope:.4f}x + {intercept:.4f}")
nd = st.NormalDist(100, 15)
print(nd, round(nd.cdf(130), 6), round(nd.inv_cdf(0.975), 4), round(nd.pdf(100), 6))
print(round(nd.overlap(st.NormalDist(110, 10)), 6), nd.mean, nd.stdev, nd + 5, nd * 2)
sample = st.NormalDist.from_samples([2.5, 3.1, 2.8, 3.3, 2.9])
print(round(sample.mean, 6), round(sample.stdev, 6))
from fractions import Fraction
from decimal import Decimal
print(mean([Fraction(1, 3), Fraction(2, 3), Fraction(1, 2)]), mean([Decimal("1.1"), Decimal("2.2")]), median([3, 1, 2, 4]))
print(random.random(), random.randint(1, 6), random.choice("abcdef"), random.sample(range(100), 5))
deck = list(range(10))
random.shuffle(deck)
print(deck, random.uniform(1, 2), random.randrange(0, 100, 5), random.choices("xyz", weights=[5, 1, 1], k=8))
print(round(random.expovariate(2.0), 6), round(random.triangular(0, 10, 3), 6), random.getrandbits(40), round(random.betavariate(2, 3), 6))
rng = random.Random(7)
print([rng.randint(0, 9) for _ in range(10)], rng.random())
