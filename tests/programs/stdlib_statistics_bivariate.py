import statistics as st
from statistics import NormalDist

def run(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)

def lcg(n, seed):
    out = []
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2**31
        out.append(x / 2**31 * 10.0)
    return out

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
a, b = lcg(30, 7), lcg(30, 8)
c = [2 * v + 1 + w / 10 for v, w in zip(a, b)]
for p, q in [(x, y), (x, z), (z, y), (a, b), (a, c), (x, x)]:
    run('covariance', lambda: st.covariance(p, q))
    run('correlation', lambda: st.correlation(p, q))
    run('linear_regression', lambda: st.linear_regression(p, q))
    run('linear_regression prop', lambda: st.linear_regression(p, q, proportional=True))
lr = st.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11])
print(lr.slope, lr.intercept, lr[0], type(lr).__name__, tuple(lr))
run('cov len', lambda: st.covariance([1, 2], [1, 2, 3]))
run('cov short', lambda: st.covariance([1], [1]))
run('corr len', lambda: st.correlation([1, 2], [1]))
run('corr short', lambda: st.correlation([], []))
run('corr const', lambda: st.correlation([1, 1, 1], [1, 2, 3]))
run('lr len', lambda: st.linear_regression([1, 2], [1]))
run('lr short', lambda: st.linear_regression([1], [1]))
run('lr const', lambda: st.linear_regression([2, 2, 2], [1, 2, 3]))

# NormalDist
n = NormalDist(100, 15)
print(n, n.mean, n.median, n.mode, n.stdev, n.variance)
print(NormalDist(), NormalDist(1, 2) == NormalDist(1.0, 2.0), NormalDist(1, 2) == 3, hash(NormalDist(1, 2)) == hash(NormalDist(1.0, 2.0)))
for v in [70, 100, 115.5, 160]:
    print(v, n.pdf(v), round(n.cdf(v), 9), n.zscore(v))  # erf accuracy varies by libm
for p in [1e-300, 1e-10, 0.001, 0.02425, 0.1, 0.25, 0.5, 0.6, 0.9, 0.975, 0.999999]:
    print(p, n.inv_cdf(p), NormalDist().inv_cdf(p))
print(n.quantiles(), NormalDist(0, 1).quantiles(10))
print(round(n.overlap(NormalDist(110, 20)), 9), round(NormalDist(110, 20).overlap(n), 9), round(n.overlap(NormalDist(130, 15)), 9), n.overlap(n), n.cdf(100))
print(n + 5, 5 + n, n - 5, 5 - n, n * 2, 2 * n, n * -2, n / 4, +n, -n)
print(n + NormalDist(10, 20), n - NormalDist(10, 20))
print(NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75]))
print(NormalDist.from_samples(lcg(25, 3)))
run('sigma neg', lambda: NormalDist(0, -1))
z0 = NormalDist(3, 0)
run('pdf0', lambda: z0.pdf(1))
run('cdf0', lambda: z0.cdf(1))
run('inv0', lambda: z0.inv_cdf(0.5))
run('zscore0', lambda: z0.zscore(1))
run('overlap0', lambda: z0.overlap(n))
run('overlap type', lambda: n.overlap(3))
run('inv p', lambda: n.inv_cdf(1.0))
run('inv p0', lambda: n.inv_cdf(0))
run('from_samples 1', lambda: NormalDist.from_samples([1.0]))
s1 = NormalDist(0, 1).samples(5, seed=42)
s2 = NormalDist(0, 1).samples(5, seed=42)
print(len(s1), s1 == s2)
