import statistics as st
from fractions import Fraction as F

def run(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)

def lcg_floats(n, seed, scale=1000.0):
    out = []
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2**31
        out.append((x / 2**31 - 0.3) * scale + i / 7)
    return out

data_sets = [
    [0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25],
    [27.5, 30.25, 30.25, 34.5, 41.75],
    [1, 2, 3, 4, 5, 6],
    [2, 4, 4, 4, 5, 5, 7, 9],
    [F(1, 4), F(5, 4), F(1, 2)],
    [1, 2.0, F(3, 2)],
    [True, False, False],
    [1e9 + 0.1, 1e9 + 0.2, 1e9 + 0.3],
    [1e-100, 3e-100, 7e-101],
    lcg_floats(60, 3),
    lcg_floats(41, 11, 1e-5),
    [5.0],
    [],
]
for d in data_sets:
    print('data', d if len(d) < 12 else len(d))
    for name in ['variance', 'pvariance', 'stdev', 'pstdev']:
        run('  ' + name, lambda: getattr(st, name)(d))
    run('  variance(iter)', lambda: st.variance(iter(d)))
    run('  pstdev(gen)', lambda: st.pstdev(x for x in d))
    run('  quantiles', lambda: st.quantiles(d))
    run('  quantiles incl', lambda: st.quantiles(d, n=10, method='inclusive'))

d = [1.5, 2.5, 2.5, 2.75, 3.25, 4.75]
m = st.mean(d)
run('variance xbar', lambda: st.variance(d, m))
run('pvariance mu', lambda: st.pvariance(d, m))
run('stdev xbar', lambda: st.stdev(d, 2.0))
run('pstdev mu F', lambda: st.pstdev([F(1, 3), F(2, 3)], F(1, 2)))
run('variance F', lambda: st.variance([F(1, 6), F(1, 2), F(5, 3)]))
run('pvariance int', lambda: st.pvariance([1, 3]))
run('variance str', lambda: st.variance(['a', 'b']))
run('variance inf', lambda: st.variance([1.0, float('inf')]))
run('pvariance nan', lambda: st.pvariance([1.0, float('nan'), 2.0]))
run('quantiles n=1', lambda: st.quantiles([1, 2, 3], n=1))
run('quantiles n=0', lambda: st.quantiles([1, 2, 3], n=0))
run('quantiles one', lambda: st.quantiles([1]))
run('quantiles method', lambda: st.quantiles([1, 2, 3], method='x'))
run('quantiles pct', lambda: st.quantiles(range(1, 20), n=100)[:5])
run('quantiles small', lambda: st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
run('quantiles F', lambda: st.quantiles([F(1, 3), F(1, 2), F(2, 3), F(3, 4)], n=3))
