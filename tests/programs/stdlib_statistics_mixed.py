import statistics as st, math
from fractions import Fraction as F
from decimal import Decimal as D
SETS = [
    [D('-25.3'), D('-62.77101'), D('-98.713'), D('-7.2557'), D('-83.8371'), D('87.27717'), D('-91.821'), D('-66.117'), D('90.254')],
    [-523.9755950669345, -735148854460.2834],
    [48, -24, 24, 2, 7, 57, -28, 18, 3, 51, 21],
    [],
    [7.727994621585547e-07, -8.904212877778306e-07, 691.6129364328344, -9.530336821566031e-07, 472.4671975733431, 928.0251204497463, -757535118395.6393, -604.6593055828893, -339.5666031799831, -733.6332121525791, 1606778574.5345874],
    [D('84.185'), D('-86.2'), D('28.0'), D('40.2'), D('-65.489'), D('44.0'), D('-89.1654'), D('36.6')],
    [True, True, False, True],
    [9822741792.063993, -268106284057.11337, 44117861841.00856, 549.2500020222908, 734.741856861087, 728072119976.707, -268.86320931762464, -195659396070.65674, 4.913986178989203e-07],
    [113579314564285006766714288846, 352091100601016253642497534557, 323949423077723826146456382069, 641991302258715743411329537053, 477380664433250042528963146387, 539349663458663537399385905774, 137668183000542832227137750446, 97526170281097418092325978765, 665588189277367327073820842684],
    [F(3, 3), F(-2, 3), F(-4, 1), F(-17, 3), F(-4, 3), F(-13, 3), F(-20, 1), F(-17, 8)],
    [-411.52221543269343, 9.328665852350903e-07, -4.2997924773924786e-07, 123.8642972368998, 923543275692.8838, 111919467091.7143],
    [57],
    [D('40.769'), D('17.6')],
    [False, False, False, True, True, False, True, True, True, True, True],
    [],
    [-52728303422.07112, 1.1849062957623938e-07],
    [90, 73],
    [F(1, 3), F(1, 3), F(1, 3), 8],
    [False, True, True, True, True, True, False, False, True],
    [D('45.50012'), D('20.58'), D('-51.272'), D('-53.77894'), D('14.635'), D('75.0'), D('24.0'), D('22.65479'), D('-18.0475'), D('-86.2')],
    [-4, -29, -34, -43, 40, 70, 90, 87, 71],
    [-31, 35, -29, 32, -48, 68, 64, -12, 48, 72, -15],
    [9, 65, -17, -1, 6],
    [-37],
    [-29],
    [F(-19, 8)],
    [True, False, True, True, True, False, True, True],
    [D('89.0'), D('92.1403'), D('60.0'), D('79.781')],
    [809767359887147766914865028793, 180258616735281266242976023751, 221860981231333800610564049933, 73736134271703952051024761654, 389800570322320321602927411147],
    [272491024020986712771921652407],
]
def show(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s %s' % (type(e).__name__, e)
funcs = ['mean', 'fmean', 'geometric_mean', 'harmonic_mean', 'median', 'median_low', 'median_high', 'median_grouped', 'mode', 'multimode',
         'quantiles', 'variance', 'pvariance', 'stdev', 'pstdev']
for d in SETS:
    print(d)
    for name in funcs:
        print(' ', name, show(lambda: getattr(st, name)(d)), show(lambda: getattr(st, name)(iter(d))))
    print('  q', show(lambda: st.quantiles(d, n=5, method='inclusive')), show(lambda: st.median_grouped(d, 3)))
    print('  hw', show(lambda: st.harmonic_mean(d, weights=range(1, len(d) + 1))), show(lambda: st.fmean(d, weights=[2] * len(d))))
    print('  xbar', show(lambda: st.variance(d, 1)), show(lambda: st.pstdev(d, F(1, 2))))
    fl = [float(x) for x in d]
    ys = [x * 2 + (i % 3) for i, x in enumerate(fl)]
    print('  bi', show(lambda: st.covariance(fl, ys)), show(lambda: st.correlation(fl, ys)), show(lambda: st.linear_regression(fl, ys)), show(lambda: st.linear_regression(fl, ys, proportional=True)))
    print('  nd', show(lambda: st.NormalDist.from_samples(fl)))
nd = st.NormalDist(100, 15)
for x in (-1e9, 0, 50.5, 100, 130, 1e9):
    print(show(lambda: (nd.pdf(x), nd.cdf(x), nd.zscore(x))))
for p in (1e-300, 1e-10, 0.001, 0.02425, 0.1, 0.5, 0.7, 0.97575, 0.999999, 1 - 1e-16, 0, 1, 2):
    print(show(lambda: nd.inv_cdf(p)))
print(nd.quantiles(), nd.quantiles(10))
for a, b in [((0, 1), (0, 1)), ((0, 1), (1, 1)), ((2.4, 1.6), (3.2, 2.0)), ((5, 0), (1, 1)), ((3, 2), (1, 0.5))]:
    print(show(lambda: st.NormalDist(*a).overlap(st.NormalDist(*b))), show(lambda: st.NormalDist(*b).overlap(st.NormalDist(*a))))
z = st.NormalDist(5, 0)
print(show(lambda: z.pdf(1)), show(lambda: z.cdf(1)), show(lambda: z.zscore(1)), show(lambda: z.inv_cdf(0.5)), show(lambda: st.NormalDist(1, -1)))
x = st.NormalDist(10, 3); y = st.NormalDist(-2, 4)
print(x + y, x - y, x + 1, 1 + x, x - 1, 1 - x, x * 2, 2 * x, x / -2, -x, +x, x == st.NormalDist(10, 3), x == 3, hash(x) == hash(st.NormalDist(10.0, 3.0)))
print(x.mean, x.median, x.mode, x.stdev, x.variance, repr(x), st.NormalDist.__slots__, st.LinearRegression, type(st.linear_regression([1, 2], [3, 5])))
print(show(lambda: st.NormalDist(0, 1).samples(3, seed=42)))
print(show(lambda: x.overlap(5)), show(lambda: st.linear_regression([1, 1], [2, 3])), show(lambda: st.correlation([1, 1], [2, 3])), show(lambda: st.covariance([1], [2])), show(lambda: st.covariance([1, 2], [2])))
