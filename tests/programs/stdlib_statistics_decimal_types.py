import statistics as st
from decimal import Decimal, getcontext
from fractions import Fraction

def run(label, fn, *args, **kw):
    try:
        r = fn(*args, **kw)
        print(label, "->", type(r).__name__, repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

D = Decimal
decs = [D("1.1"), D("2.2"), D("3.35"), D("4.05"), D("0.5")]
fracs = [Fraction(1, 3), Fraction(5, 6), Fraction(7, 4), Fraction(2, 9)]
floats = [2.5, 3.25, 5.5, 11.25, 0.125, 7.0]
ints = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]

run("mean dec2", st.mean, [D("1.1"), D("2.2")])
for name, data in (("decs", decs), ("fracs", fracs), ("floats", floats), ("ints", ints)):
    for fn in (st.mean, st.fmean, st.median, st.median_low, st.median_high,
               st.median_grouped, st.mode, st.multimode, st.variance,
               st.pvariance, st.stdev, st.pstdev, st.harmonic_mean,
               st.geometric_mean, st.quantiles):
        run(fn.__name__ + " " + name, fn, data)
    run("quantiles incl " + name, st.quantiles, data, n=5, method="inclusive")
    run("quantiles 10 " + name, st.quantiles, data, n=10)
    run("median_grouped iv " + name, st.median_grouped, data, interval=2)
    run("variance xbar " + name, st.variance, data, st.mean(data))
    run("pvariance mu " + name, st.pvariance, data, st.mean(data))
run("mean mixed", st.mean, [D("1.5"), 2, 3])
run("mean frac+float", st.mean, [Fraction(1, 2), 0.25])
run("mean bool", st.mean, [True, False, True])
run("mean empty", st.mean, [])
run("mean inf", st.mean, [1.0, float("inf")])
run("mean dec inf", st.mean, [D("1"), D("Infinity")])
run("variance 1", st.variance, [1])
run("stdev dec", st.stdev, [D("1.5"), D("2.5"), D("2.5"), D("2.75"), D("3.25"), D("4.75")])
run("pstdev dec", st.pstdev, [D("1"), D("2"), D("4")])
run("stdev ints", st.stdev, [1, 2, 4, 8])
run("harmonic w", st.harmonic_mean, [40, 60], weights=[5, 30])
run("harmonic 1dec", st.harmonic_mean, [D("2.5")])
run("harmonic zero", st.harmonic_mean, [1, 0, 2])
run("harmonic neg", st.harmonic_mean, [1, -2])
run("harmonic dec w", st.harmonic_mean, [D("2"), D("4")], weights=[1, 3])
run("geometric", st.geometric_mean, [54, 24, 36])
run("geometric neg", st.geometric_mean, [1, -1])
run("fmean w", st.fmean, [3.5, 4.0, 5.25], weights=[0.7, 0.2, 0.1])
run("fmean gen", st.fmean, (x for x in [1, 2, 3]))
run("fmean empty", st.fmean, [])
run("fmean dec", st.fmean, decs)
run("mode str", st.mode, "aabbbbccdd")
run("multimode str", st.multimode, "aabbbbccddddd")
run("multimode empty", st.multimode, [])
run("mode empty", st.mode, [])
run("median_grouped 1", st.median_grouped, [7])
run("median_grouped str", st.median_grouped, ["a", "b"])
run("median_grouped ex", st.median_grouped, [52, 52, 53, 54], interval=1)
run("median_grouped frac", st.median_grouped, [Fraction(1, 2), Fraction(3, 2), Fraction(5, 2)], interval=Fraction(1, 2))
run("quantiles 1pt", st.quantiles, [1])
run("quantiles n0", st.quantiles, [1, 2], n=0)
run("quantiles bad", st.quantiles, [1, 2], method="x")
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
run("covariance", st.covariance, x, y)
run("correlation", st.correlation, x, y)
run("correlation self", st.correlation, x, x)
run("correlation const", st.correlation, x, [1] * 9)
run("covariance short", st.covariance, [1], [2])
run("covariance len", st.covariance, [1, 2], [2])
run("linreg", st.linear_regression, [1, 2, 3, 4, 5], [2.1, 3.9, 6.2, 7.8, 10.1])
run("linreg prop", st.linear_regression, [1, 2, 3, 4, 5], [2.1, 3.9, 6.2, 7.8, 10.1], proportional=True)
run("linreg const", st.linear_regression, [1, 1, 1], [1, 2, 3])
lr = st.linear_regression([1, 2, 3], [2, 4, 7])
print(lr.slope, lr.intercept, lr)
nd = st.NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, nd.variance, nd.median, nd.mode)
print(nd.pdf(100), nd.inv_cdf(0.975), nd.quantiles(), nd.zscore(130))
print(nd + 5, nd * 2, nd - st.NormalDist(10, 20), 2 * nd, nd / 3, -nd)
print(st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
print(nd == st.NormalDist(100, 15), hash(nd) == hash(st.NormalDist(100, 15)))
run("nd neg", st.NormalDist, 0, -1)
run("invcdf bad", nd.inv_cdf, 1.5)
getcontext().prec = 6
run("mean dec prec6", st.mean, [D("1.123456789"), D("2.2")])
run("variance dec prec6", st.variance, [D("1.123456789"), D("2.2"), D("3")])
